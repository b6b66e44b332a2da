using Hub.Api.Common.OpenApi;

namespace Hub.Api.Identity;

public sealed record CreatePartnerKeyRequest(string Name, [property: OpenApiEnum(FixedList.PartnerScopes)] IReadOnlyList<string>? Scopes);
