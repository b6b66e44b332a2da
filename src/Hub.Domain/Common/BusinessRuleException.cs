namespace Hub.Domain.Common;

/// <summary>A business rule refused an otherwise well-formed request (deadline passed, over capacity): HTTP 422.</summary>
public sealed class BusinessRuleException(string code, string message) : DomainException(code, message);
