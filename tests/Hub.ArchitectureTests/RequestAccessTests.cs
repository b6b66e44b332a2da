using Hub.Application.Common.Security;
using Mediator;
using NetArchTest.Rules;

namespace Hub.ArchitectureTests;

/// <summary>Rule 6: every command and query says who may send it, and no endpoint sends a module's internal query.</summary>
public sealed class RequestAccessTests
{
    private static readonly Type[] RequestInterfaces = [typeof(ICommand), typeof(ICommand<>), typeof(IQuery<>)];

    private static IReadOnlyList<Type> Requests { get; } =
        [.. HubAssemblies.OwnTypes.Where(t => t is { IsClass: true, IsAbstract: false } && RequestInterfaces.Any(i => i.IsGenericTypeDefinition ? t.Implements(i) : i.IsAssignableFrom(t)))];

    [Fact]
    public void Requests_are_found()
    {
        Assert.True(Requests.Count > 10, $"Only {Requests.Count} commands and queries found.");
    }

    [Fact]
    public void Every_command_and_query_declares_who_may_send_it()
    {
        Offenders.AssertNone(
            Requests.Where(t => !RequestAccess.For(t).IsDeclared),
            "Commands and queries need an Allow… attribute (AllowRoles, AllowScopes, AllowAnyPerson, AllowAnonymousCallers, AllowModuleCallers or AllowSystemOnly)");
    }

    [Fact]
    public void Module_contract_queries_are_never_sent_by_an_endpoint()
    {
        var internalQueries = Requests.Where(t => RequestAccess.For(t).ModuleCallers).Select(t => t.FullName!).ToArray();
        Assert.NotEmpty(internalQueries);
        var result = Types.InAssembly(HubAssemblies.Api).That().ResideInNamespaceStartingWith("Hub.Api").ShouldNot().HaveDependencyOnAny(internalQueries).GetResult();
        Offenders.AssertNone(result, "The API sends only requests it may send on a caller's behalf, not modules' internal queries");
    }
}
