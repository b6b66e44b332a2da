namespace Hub.Domain.Common;

/// <summary>The aggregate is in a state that does not allow the action (submitting twice, deciding a draft): HTTP 409.</summary>
public sealed class StateConflictException(string code, string message) : DomainException(code, message);
