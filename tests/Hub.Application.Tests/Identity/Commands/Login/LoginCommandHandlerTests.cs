using System.Security.Claims;
using Hub.Application.Common.Exceptions;
using Hub.Application.Identity;
using Hub.Application.Identity.Commands.Login;
using NSubstitute;

namespace Hub.Application.Tests.Identity.Commands.Login;

public sealed class LoginCommandHandlerTests
{
    private readonly IIdentityService _identity = Substitute.For<IIdentityService>();

    [Fact]
    public async Task Wrong_credentials_are_refused_as_unauthenticated()
    {
        _identity.SignInAsync("founder@example.org", "wrong", Arg.Any<CancellationToken>()).Returns((ClaimsPrincipal?)null);
        var handler = new LoginCommandHandler(_identity);

        await Assert.ThrowsAsync<UnauthenticatedException>(async () =>
            await handler.Handle(new LoginCommand("founder@example.org", "wrong"), CancellationToken.None));
    }

    [Fact]
    public async Task Right_credentials_return_the_signed_in_principal()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Email, "founder@example.org")], "test"));
        _identity.SignInAsync("founder@example.org", "Secret-123", Arg.Any<CancellationToken>()).Returns(principal);
        var handler = new LoginCommandHandler(_identity);

        var result = await handler.Handle(new LoginCommand("founder@example.org", "Secret-123"), CancellationToken.None);

        Assert.Same(principal, result);
    }
}
