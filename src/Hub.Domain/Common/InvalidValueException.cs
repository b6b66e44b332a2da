namespace Hub.Domain.Common;

/// <summary>A value object was given a value it cannot hold: HTTP 400 on the named field.</summary>
public sealed class InvalidValueException(string field, string message) : DomainException("value.invalid", message)
{
    public string Field { get; } = field;
}
