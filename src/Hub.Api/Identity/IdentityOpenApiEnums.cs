using Hub.Api.Common.OpenApi;
using Hub.Application.Common.Notifications;
using Hub.Application.Identity.Contracts;
using Hub.Application.Identity.Queries.ListPartnerKeys;
using Hub.Application.Identity.Queries.ListUsers;

namespace Hub.Api.Identity;

/// <summary>The Identity DTOs' strings that come from a fixed list, as enums in the OpenAPI document.</summary>
internal sealed class IdentityOpenApiEnums : IOpenApiEnumCatalog
{
    private static readonly OpenApiEnum Cultures = new("Culture", NotificationCultures.All);

    public static IEnumerable<OpenApiEnumProperty> Properties =>
    [
        OpenApiEnumProperty.For<IdentityPersonDto>(nameof(IdentityPersonDto.Culture), Cultures),
        OpenApiEnumProperty.For<SetCultureRequest>(nameof(SetCultureRequest.Culture), Cultures),
        OpenApiEnumProperty.For<IdentityPersonDto>(nameof(IdentityPersonDto.Roles), OpenApiEnum.PersonRoles),
        OpenApiEnumProperty.For<IdentityUserAccountDto>(nameof(IdentityUserAccountDto.Roles), OpenApiEnum.PersonRoles),
        OpenApiEnumProperty.For<IdentityPartnerKeyDto>(nameof(IdentityPartnerKeyDto.Scopes), OpenApiEnum.PartnerScopes),
    ];
}
