using Hub.Application.Common.Behaviors;
using Hub.Application.Common.Exceptions;
using Hub.Application.Tests.TestDoubles;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Tests.Common.Behaviors;

public sealed class AuthorizationBehaviorTests
{
    public static TheoryData<string, TestCaller> Allowed => new()
    {
        { "manager", TestCaller.Person(Roles.Manager) },
        { "admin", TestCaller.Person(Roles.Admin) },
        { "partner with the scope", TestCaller.Partner(PartnerScopes.ApplicationsRead, PartnerScopes.ApplicationsWrite) },
        { "system", TestCaller.System },
    };

    public static TheoryData<string, TestCaller> Refused => new()
    {
        { "founder", TestCaller.Person(Roles.Founder) },
        { "mentor", TestCaller.Person(Roles.Mentor) },
        { "partner without the scope", TestCaller.Partner(PartnerScopes.ApplicationsRead) },
        { "partner claiming a role", new TestCaller(true, true, false, [Roles.Manager], []) },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task An_allowed_caller_goes_on_to_the_next_step(string who, TestCaller caller)
    {
        Assert.Equal("handled", await Run(new ManagerPingCommand(who), caller));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_caller_without_the_role_or_scope_is_forbidden_and_the_next_step_never_runs(string who, TestCaller caller)
    {
        var refused = await Assert.ThrowsAsync<ForbiddenException>(async () => await Run(new ManagerPingCommand(who), caller));
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
    }

    [Fact]
    public async Task Nobody_signed_in_is_unauthenticated()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(async () => await Run(new ManagerPingCommand("x"), TestCaller.Anonymous));
    }

    [Fact]
    public async Task The_refusal_names_what_is_missing()
    {
        var person = await Assert.ThrowsAsync<ForbiddenException>(async () => await Run(new ManagerPingCommand("x"), TestCaller.Person(Roles.Judge)));
        Assert.Equal("Only managers and admins may do this.", person.Message);
        var partner = await Assert.ThrowsAsync<ForbiddenException>(async () => await Run(new ManagerPingCommand("x"), TestCaller.Partner(PartnerScopes.TrainingRead)));
        Assert.Contains("applications:write", partner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_system_only_command_is_refused_to_everyone_but_the_system()
    {
        Assert.Equal("handled", await Run(new SystemPingCommand(), TestCaller.System));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Run(new SystemPingCommand(), TestCaller.Person(Roles.Admin)));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Run(new SystemPingCommand(), TestCaller.Partner([.. PartnerScopes.All])));
    }

    private static async Task<string> Run<TCommand>(TCommand command, TestCaller caller)
        where TCommand : ICommand<string> =>
        await new AuthorizationBehavior<TCommand, string>(caller).Handle(command, (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);
}
