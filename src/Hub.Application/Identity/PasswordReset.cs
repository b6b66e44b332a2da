namespace Hub.Application.Identity;

/// <summary>The one-time token that lets an account's holder choose a new password, and who they are.</summary>
public sealed record PasswordReset(Guid UserId, string FullName, string Token);
