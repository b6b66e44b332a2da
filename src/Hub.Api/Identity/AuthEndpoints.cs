using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Identity.Commands.Login;
using Hub.Application.Identity.Commands.RefreshToken;
using Hub.Application.Identity.Commands.RegisterFounder;
using Hub.Application.Identity.Commands.RequestPasswordReset;
using Hub.Application.Identity.Commands.SetPassword;
using Hub.Application.Identity.Commands.SetPreferredCulture;
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
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddEndpointFilter<RegistrationLimitFilter>()
            .Sends<RegisterFounderCommand>();

        IssuesTokens(group.MapPost("/login", Login))
            .WithName("Login")
            .WithSummary("Sign in")
            .WithDescription("Answers an access token (valid for expiresIn seconds, 15 minutes by default) and a refresh token. With ?useCookies=true it sets the sign-in cookie instead (for the browser pages) and answers 200 with no body. Failed sign-ins are limited per client address and per e-mail (429 with Retry-After), and each further failure of an address is answered a little later; five wrong passwords in a row lock the account for five minutes.")
            .RequireRateLimiting(SignInLimitsRegistration.SignInPolicy)
            .AddEndpointFilter<SignInLimitFilter>()
            .Sends<LoginCommand>();

        IssuesTokens(group.MapPost("/refresh", Refresh))
            .WithName("RefreshToken")
            .WithSummary("Refresh the access token")
            .WithDescription("Trades a refresh token (each works once) for a new access token and refresh token, without the password. Refreshes have a budget of their own per client address (429 with Retry-After).")
            .RequireRateLimiting(SignInLimitsRegistration.RefreshPolicy)
            .Sends<RefreshTokenCommand>();

        group.MapPost("/set-password", SetPassword)
            .WithName("SetPassword")
            .WithSummary("Set a password with a one-time link")
            .WithDescription("A staff account made for someone (a mentor) has no usable password; its holder is sent a one-time link (userId and token) that sets one, and so is anyone who asks POST /auth/password-reset. The token works once and expires; a wrong, used or expired token answers 422 whether or not the account exists.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<SetPasswordCommand>();

        group.MapPost("/password-reset", RequestPasswordReset)
            .WithName("RequestPasswordReset")
            .WithSummary("Ask for a link to choose a new password")
            .WithDescription("Answers 202 whether or not the e-mail has an account, so it tells nobody which addresses do; when it has one, its holder is e-mailed (in their language) a one-time link to /account/set-password, which POST /auth/set-password takes. The link expires and works once; setting the password ends every other sign-in of the account (its refresh tokens and cookies). Requests are limited per client address and per e-mail (429 with Retry-After).")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddEndpointFilter<PasswordResetLimitFilter>()
            .Sends<RequestPasswordResetCommand>();

        group.MapGet("/me", Me)
            .WithName("GetCurrentPerson")
            .WithSummary("Who is signed in")
            .Sends<GetCurrentPersonQuery>();

        group.MapPut("/me/culture", SetCulture)
            .WithName("SetPreferredCulture")
            .WithSummary("Choose the language the hub writes to you in")
            .WithDescription("mn or en. E-mails are rendered in it when they are sent, so those still waiting follow the new choice. Until a person chooses, founders get Mongolian and staff and mentors English.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<SetPreferredCultureCommand>();
    }

    private static async Task<NoContent> SetCulture(SetCultureRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetPreferredCultureCommand(request.Culture), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Accepted> RequestPasswordReset(PasswordResetRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RequestPasswordResetCommand(request.Email), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> SetPassword(SetPasswordRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SetPasswordCommand(request.UserId, request.Token, request.Password), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Answers <c>{tokenType, accessToken, expiresIn, refreshToken}</c>, 401 for wrong credentials, and 429 past its budget.</summary>
    private static RouteHandlerBuilder IssuesTokens(RouteHandlerBuilder endpoint) => endpoint
        .Produces<AccessTokenResponse>(StatusCodes.Status200OK)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

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
