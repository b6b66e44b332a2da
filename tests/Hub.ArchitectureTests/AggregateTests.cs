using System.Reflection;
using Hub.Domain.Common;

namespace Hub.ArchitectureTests;

/// <summary>Rule 1: aggregates are sealed and change only through their own methods.</summary>
public sealed class AggregateTests
{
    private static readonly IReadOnlyList<Type> Aggregates =
        [.. HubAssemblies.OwnTypes.Where(t => t.IsClass && typeof(IAggregateRoot).IsAssignableFrom(t))];

    [Fact]
    public void Aggregates_are_found()
    {
        Assert.Contains(Aggregates, t => !t.IsAbstract);
    }

    [Fact]
    public void Aggregates_live_in_the_domain()
    {
        Offenders.AssertNone(Aggregates.Where(t => t.Assembly != HubAssemblies.Domain), "Aggregate roots belong in Hub.Domain");
    }

    [Fact]
    public void Aggregates_are_sealed()
    {
        Offenders.AssertNone(Aggregates.Where(t => !t.IsAbstract && !t.IsSealed), "Aggregate roots must be sealed");
    }

    [Fact]
    public void Aggregates_have_no_public_setters()
    {
        var offenders = Aggregates
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.FullName}.{p.Name}"));

        Offenders.AssertNone(offenders, "Aggregate roots change only through their methods: every property setter must be private or protected");
    }
}
