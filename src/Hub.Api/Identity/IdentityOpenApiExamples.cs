using Hub.Api.Common.OpenApi;
using Hub.Application.Identity.Contracts;
using Hub.Application.Identity.Queries.ListPartnerKeys;
using Hub.Application.Identity.Queries.ListUsers;
using Microsoft.AspNetCore.Authentication.BearerToken;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.Identity;

/// <summary>Accounts, sign-in and partner keys: a founder registering, the hub's website getting its key.</summary>
internal sealed class IdentityOpenApiExamples : IOpenApiExampleCatalog
{
    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new RegisterRequest("founder01@demo.eu-dieh.example.org", "Mörön-steppe-2026", "Батбаярын Энхжаргал")),
        TypeExample.Of(new LoginRequest("manager@demo.eu-dieh.example.org", "demo-pass-2026")),
        TypeExample.Of(new RefreshRequest("CfDJ8Kx0…refresh-token…")),
        TypeExample.Of(new SetPasswordRequest(Guid.Parse("0193a4e8-3f21-7b64-9d0a-6c8e2b5f1a06"), "CfDJ8One-time-token", "Ljubljana-mentor-2026")),
        TypeExample.Of(new PasswordResetRequest("founder01@demo.eu-dieh.example.org")),
        TypeExample.Of(new AccessTokenResponse { AccessToken = "CfDJ8Kx0…access-token…", ExpiresIn = 900, RefreshToken = "CfDJ8Kx0…refresh-token…" }),
        TypeExample.Of(new CreateUserRequest("mentor.novak@demo.eu-dieh.example.org", "Ljubljana-mentor-2026", "Maja Novak", "Mentor")),
        TypeExample.Of(new CreatedResponse(FounderUserId)),
        TypeExample.Of(new IdentityPersonDto(ManagerUserId, "manager@demo.eu-dieh.example.org", "Оюунчимэг Б.", ["Manager"], "mn")),
        TypeExample.Of(new SetCultureRequest("en")),
        TypeExample.Of(new CreatePartnerKeyRequest("eudarkhan.mn website", ["applications:read", "training:read", "demodays:read"])),
        TypeExample.Of(new PartnerKeyCreatedResponse(PartnerKeyId, "hub_q3ZpX0c7Vw9tLm2NsR8yKd4FjA6bHe1uGo5iTxYvW0E")),
        TypeExample.Of(new IdentityPartnerKeyDto(PartnerKeyId, "eudarkhan.mn website", "hub_q3ZpX0c7", ["applications:read", "training:read", "demodays:read"], Created, null)),
        TypeExample.Of(new ChangeUserRolesRequest(["Mentor", "Judge"], "5f0c2a9e8b7d4c1e9a3f6b2d8e4c1a7b")),
        TypeExample.Of(new IdentityUserAccountDto(JudgeUserId, "mentor.novak@demo.eu-dieh.example.org", "Maja Novak", ["Judge", "Mentor"], false, false, Created, "5f0c2a9e8b7d4c1e9a3f6b2d8e4c1a7b")),
    ];
}
