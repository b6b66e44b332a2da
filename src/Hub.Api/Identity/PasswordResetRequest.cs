namespace Hub.Api.Identity;

public sealed record PasswordResetRequest(string Email);
