namespace Hub.Api.Identity;

public sealed record SetPasswordRequest(Guid UserId, string Token, string Password);
