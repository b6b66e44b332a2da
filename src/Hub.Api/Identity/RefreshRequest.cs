namespace Hub.Api.Identity;

public sealed record RefreshRequest(string RefreshToken);
