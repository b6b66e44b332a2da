using Hub.Api.Common;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Application.Identity.Commands.CreateUser;
using Hub.Application.Identity.Commands.IssuePartnerKey;
using Hub.Application.Identity.Commands.Login;
using Hub.Application.Identity.Commands.RefreshToken;
using Hub.Application.Identity.Commands.RegisterFounder;
using Hub.Application.Identity.Commands.RevokePartnerKey;
using Hub.Application.Identity.Contracts;
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
        auth.MapPost("/register", Register).AllowAnonymous();
        auth.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(HubApiServiceCollectionExtensions.LoginRateLimit);
        auth.MapPost("/refresh", Refresh).AllowAnonymous().RequireRateLimiting(HubApiServiceCollectionExtensions.LoginRateLimit);
        auth.MapGet("/me", Me).RequireAuthorization();

        var users = api.MapGroup("/users").WithTags("Identity").RequireAuthorization(Policies.Manager);
        users.MapPost("/", CreateUser);
        users.MapGet("/{id:guid}", GetUser);

        var keys = api.MapGroup("/partner-keys").WithTags("Identity").RequireAuthorization(Policies.Admin);
        keys.MapPost("/", CreatePartnerKey);
        keys.MapGet("/", ListPartnerKeys);
        keys.MapDelete("/{id:guid}", RevokePartnerKey);
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

    private static async Task<Ok<IdentityPersonDto>> Me(ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken)
    {
        if (currentUser.IsPartner)
        {
            throw new ForbiddenException("A partner key is not a person; /auth/me is for people.");
        }

        var person = await sender.Send(new GetPersonQuery(currentUser.RequireId()), cancellationToken)
            ?? throw new UnauthenticatedException("This account no longer exists.");
        return TypedResults.Ok(person);
    }

    private static async Task<Created<CreatedResponse>> CreateUser(CreateUserRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateUserCommand(request.Email, request.Password, request.FullName, request.Role), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new CreatedResponse(id));
    }

    private static async Task<Ok<IdentityPersonDto>> GetUser(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPersonQuery(id), cancellationToken) ?? throw new NotFoundException("User", id));

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
