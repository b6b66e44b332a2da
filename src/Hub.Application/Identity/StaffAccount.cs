namespace Hub.Application.Identity;

/// <summary>An account made sure of: its id, and for one just created the one-time token that sets its password.</summary>
public sealed record StaffAccount(Guid UserId, string? SetPasswordToken);
