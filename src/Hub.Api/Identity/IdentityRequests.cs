namespace Hub.Api.Identity;

public sealed record RegisterRequest(string Email, string Password, string FullName);

public sealed record LoginRequest(string Email, string Password);

public sealed record RefreshRequest(string RefreshToken);

public sealed record CreateUserRequest(string Email, string Password, string FullName, string Role);

public sealed record CreatePartnerKeyRequest(string Name, IReadOnlyList<string>? Scopes);

public sealed record CreatedResponse(Guid Id);

public sealed record PartnerKeyCreatedResponse(Guid Id, string Key);
