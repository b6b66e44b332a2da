using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Application.Identity;
using Hub.Application.Identity.Commands.CreateUser;
using Hub.Domain.Common;
using NSubstitute;

namespace Hub.Application.Tests.Identity.Commands.CreateUser;

public sealed class CreateUserCommandHandlerTests
{
    private static readonly Guid NewUserId = Guid.NewGuid();

    private readonly IIdentityService _identity = Substitute.For<IIdentityService>();

    public CreateUserCommandHandlerTests() =>
        _identity.CreateUserAsync(default!, default!, default!, default!, default)
            .ReturnsForAnyArgs(NewUserId);

    private static ICurrentUser SignedInAs(string role)
    {
        var user = Substitute.For<ICurrentUser>();
        user.Id.Returns(Guid.NewGuid());
        user.IsAuthenticated.Returns(true);
        user.IsPartner.Returns(false);
        user.IsInRole(role).Returns(true);
        return user;
    }

    private static CreateUserCommand Command(string role) => new("new@example.org", "Secret-123", "Naraa Tsend", role);

    [Theory]
    [InlineData("Admin")]
    [InlineData("Manager")]
    [InlineData("manager")]
    public async Task Manager_may_not_create_staff_accounts(string role)
    {
        var handler = new CreateUserCommandHandler(_identity, SignedInAs(Roles.Manager));

        await Assert.ThrowsAsync<ForbiddenException>(async () => await handler.Handle(Command(role), CancellationToken.None));

        await _identity.DidNotReceiveWithAnyArgs().CreateUserAsync(default!, default!, default!, default!, default);
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("Manager")]
    public async Task Admin_may_create_staff_accounts(string role)
    {
        var handler = new CreateUserCommandHandler(_identity, SignedInAs(Roles.Admin));

        var id = await handler.Handle(Command(role), CancellationToken.None);

        Assert.Equal(NewUserId, id);
        await _identity.Received(1).CreateUserAsync("new@example.org", "Secret-123", "Naraa Tsend", role, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Manager_may_create_a_mentor_and_the_role_name_is_normalised()
    {
        var handler = new CreateUserCommandHandler(_identity, SignedInAs(Roles.Manager));

        var id = await handler.Handle(Command("mentor"), CancellationToken.None);

        Assert.Equal(NewUserId, id);
        await _identity.Received(1).CreateUserAsync("new@example.org", "Secret-123", "Naraa Tsend", Roles.Mentor, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Partner_key_is_never_taken_for_an_admin()
    {
        var partner = SignedInAs(Roles.Admin);
        partner.IsPartner.Returns(true);
        var handler = new CreateUserCommandHandler(_identity, partner);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await handler.Handle(Command("Admin"), CancellationToken.None));

        await _identity.DidNotReceiveWithAnyArgs().CreateUserAsync(default!, default!, default!, default!, default);
    }
}
