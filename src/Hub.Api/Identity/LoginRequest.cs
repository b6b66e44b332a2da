namespace Hub.Api.Identity;

public sealed record LoginRequest(string Email, string Password);
