namespace Hub.Api.Identity;

public sealed record SetCultureRequest(string Culture);
