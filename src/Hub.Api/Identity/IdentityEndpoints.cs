using Hub.Api.Common;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Identity.Commands.CreateUser;
using Hub.Application.Identity.Commands.IssuePartnerKey;
using Hub.Application.Identity.Commands.Login;
using Hub.Application.Identity.Commands.RefreshToken;
using Hub.Application.Identity.Commands.RegisterFounder;
using Hub.Application.Identity.Commands.RevokePartnerKey;
using Hub.Application.Identity.Contracts;
using Hub.Application.Identity.Queries.GetCurrentPerson;
using Hub.Application.Identity.Queries.GetUser;
using Hub.Application.Identity.Queries.ListPartnerKeys;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Hub.Api.Identity;

internal sealed class IdentityEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Identity");
        auth.MapPost("/register", Register).Sends<RegisterFounderCommand>();
        auth.MapPost("/login", Login).Sends<LoginCommand>().RequireRateLimiting(HubApiServiceCollectionExtensions.LoginRateLimit);
        auth.MapPost("/refresh", Refresh).Sends<RefreshTokenCommand>().RequireRateLimiting(HubApiServiceCollectionExtensions.LoginRateLimit);
        auth.MapGet("/me", Me).Sends<GetCurrentPersonQuery>();

        var users = api.MapGroup("/users").WithTags("Identity");
        users.MapPost("/", CreateUser).Sends<CreateUserCommand>();
        users.MapGet("/{id:guid}", GetUser).Sends<GetUserQuery>();

        var keys = api.MapGroup("/partner-keys").WithTags("Identity");
        keys.MapPost("/", CreatePartnerKey).Sends<IssuePartnerKeyCommand>();
        keys.MapGet("/", ListPartnerKeys).Sends<ListPartnerKeysQuery>();
        keys.MapDelete("/{id:guid}", RevokePartnerKey).Sends<RevokePartnerKeyCommand>();
    }

    private static async Task<Created<CreatedResponse>> Register(RegisterRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new RegisterFounderCommand(request.Email, request.Password, request.FullName), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new CreatedResponse(id));
    }

    /// <summary>Answers <c>{tokenType, accessToken, expiresIn, refreshToken}</c>; with <c>?useCookies=true</c> sets a cookie instead (for the browser pages).</summary>
    private static async Task<SignInHttpResult> Login(LoginRequest request, bool? useCookies, ISender sender, CancellationToken cancellationToken)
    {
        var principal = await sender.Send(new LoginCommand(request.Email, request.Password), cancellationToken);
        return TypedResults.SignIn(principal, authenticationScheme: useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme);
    }

    private static async Task<SignInHttpResult> Refresh(RefreshRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.SignIn(await sender.Send(new RefreshTokenCommand(request.RefreshToken), cancellationToken), authenticationScheme: IdentityConstants.BearerScheme);

    private static async Task<Ok<IdentityPersonDto>> Me(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentPersonQuery(), cancellationToken));

    private static async Task<Created<CreatedResponse>> CreateUser(CreateUserRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateUserCommand(request.Email, request.Password, request.FullName, request.Role), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new CreatedResponse(id));
    }

    private static async Task<Ok<IdentityPersonDto>> GetUser(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUserQuery(id), cancellationToken));

    private static async Task<Created<PartnerKeyCreatedResponse>> CreatePartnerKey(CreatePartnerKeyRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(new IssuePartnerKeyCommand(request.Name, request.Scopes ?? []), cancellationToken);
        return TypedResults.Created($"/api/v1/partner-keys/{issued.Id}", new PartnerKeyCreatedResponse(issued.Id, issued.Key));
    }

    private static async Task<Ok<ListResponse<IdentityPartnerKeyDto>>> ListPartnerKeys([AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<IdentityPartnerKeyDto>.From(await sender.Send(new ListPartnerKeysQuery(page.ToPageRequest()), cancellationToken)));

    private static async Task<NoContent> RevokePartnerKey(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokePartnerKeyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
