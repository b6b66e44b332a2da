namespace Hub.Api.Identity;

public sealed record CreatedResponse(Guid Id);
