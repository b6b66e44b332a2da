namespace Hub.Domain.Common;

/// <summary>A domain rule refused an action. Subclasses say how the refusal is reported.</summary>
public abstract class DomainException(string code, string message) : Exception(message)
{
    /// <summary>A stable, machine-readable name of the rule, e.g. <c>intake.closed</c>.</summary>
    public string Code { get; } = code;
}
