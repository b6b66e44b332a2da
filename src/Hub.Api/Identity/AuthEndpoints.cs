using System.ComponentModel;
using Hub.Api.Common;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Identity.Commands.Login;
using Hub.Application.Identity.Commands.RefreshToken;
using Hub.Application.Identity.Commands.RegisterFounder;
using Hub.Application.Identity.Contracts;
using Hub.Application.Identity.Queries.GetCurrentPerson;
using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity;

/// <summary>Signing up, signing in and who is signed in.</summary>
internal sealed class AuthEndpoints : IEndpointGroup
{
    public static string Prefix => "/auth";

    public static string Tag => "Auth";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/register", Register)
            .WithName("RegisterFounder")
            .WithSummary("Register as a founder")
            .WithDescription("Only founders sign themselves up; staff accounts are made with POST /users.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<RegisterFounderCommand>();

        IssuesTokens(group.MapPost("/login", Login))
            .WithName("Login")
            .WithSummary("Sign in")
            .WithDescription("Answers an access token (valid 8 hours) and a refresh token. With ?useCookies=true it sets the sign-in cookie instead (for the browser pages) and answers 200 with no body. Five wrong passwords in a row lock the account for five minutes.")
            .Sends<LoginCommand>();

        IssuesTokens(group.MapPost("/refresh", Refresh))
            .WithName("RefreshToken")
            .WithSummary("Refresh the access token")
            .WithDescription("Trades a refresh token (each works once) for a new access token and refresh token, without the password.")
            .Sends<RefreshTokenCommand>();

        group.MapGet("/me", Me)
            .WithName("GetCurrentPerson")
            .WithSummary("Who is signed in")
            .Sends<GetCurrentPersonQuery>();
    }

    /// <summary>Answers <c>{tokenType, accessToken, expiresIn, refreshToken}</c>, 401 for wrong credentials, and is limited per client address.</summary>
    private static RouteHandlerBuilder IssuesTokens(RouteHandlerBuilder endpoint) => endpoint
        .Produces<AccessTokenResponse>(StatusCodes.Status200OK)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .RequireRateLimiting(HubApiServiceCollectionExtensions.LoginRateLimit);

    private static async Task<Created<CreatedResponse>> Register(RegisterRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new RegisterFounderCommand(request.Email, request.Password, request.FullName), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new CreatedResponse(id));
    }

    /// <summary>Answers <c>{tokenType, accessToken, expiresIn, refreshToken}</c>; with <c>?useCookies=true</c> sets a cookie instead (for the browser pages).</summary>
    private static async Task<SignInHttpResult> Login(
        LoginRequest request,
        [FromQuery(Name = "useCookies")][Description("Set the sign-in cookie instead of answering tokens (for the browser pages).")] bool? useCookies,
        ISender sender,
        CancellationToken cancellationToken)
    {
        var principal = await sender.Send(new LoginCommand(request.Email, request.Password), cancellationToken);
        return TypedResults.SignIn(principal, authenticationScheme: useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme);
    }

    private static async Task<SignInHttpResult> Refresh(RefreshRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.SignIn(await sender.Send(new RefreshTokenCommand(request.RefreshToken), cancellationToken), authenticationScheme: IdentityConstants.BearerScheme);

    private static async Task<Ok<IdentityPersonDto>> Me(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentPersonQuery(), cancellationToken));
}
