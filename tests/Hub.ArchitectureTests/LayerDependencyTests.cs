using NetArchTest.Rules;

namespace Hub.ArchitectureTests;

/// <summary>Rule 1, 2 and 9: dependencies point inwards (Api → Infrastructure → Application → Domain), never back.</summary>
public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_depends_on_no_other_layer_nor_on_frameworks()
    {
        var result = Types.InAssembly(HubAssemblies.Domain)
            .ShouldNot()
            .HaveDependencyOnAny(
                "Hub.Application",
                "Hub.Infrastructure",
                "Hub.Api",
                "Microsoft.EntityFrameworkCore",
                "Microsoft.AspNetCore",
                "Mediator",
                "FluentValidation")
            .GetResult();

        Offenders.AssertNone(result, "Hub.Domain must depend on nothing but itself and the base class library");
    }

    [Fact]
    public void Application_depends_on_neither_infrastructure_nor_api()
    {
        var result = Types.InAssembly(HubAssemblies.Application)
            .ShouldNot()
            .HaveDependencyOnAny("Hub.Infrastructure", "Hub.Api")
            .GetResult();

        Offenders.AssertNone(result, "Hub.Application must not depend on Hub.Infrastructure or Hub.Api");
    }

    [Fact]
    public void Application_does_not_use_ef_core_or_the_database()
    {
        var result = Types.InAssembly(HubAssemblies.Application)
            .ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Npgsql", "Hangfire.PostgreSql")
            .GetResult();

        Offenders.AssertNone(result, "Hub.Application must not use EF Core, Npgsql or Hangfire.PostgreSql (use IRepository<T> / IReadRepository<T>)");
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_api()
    {
        var result = Types.InAssembly(HubAssemblies.Infrastructure)
            .ShouldNot()
            .HaveDependencyOn("Hub.Api")
            .GetResult();

        Offenders.AssertNone(result, "Hub.Infrastructure must not depend on Hub.Api");
    }

    [Fact]
    public void Each_layer_assembly_references_only_inner_hub_layers()
    {
        var offenders = new List<string>();
        for (var i = 0; i < HubAssemblies.Layers.Count; i++)
        {
            var (layer, assembly) = HubAssemblies.Layers[i];
            var allowed = HubAssemblies.Layers.Take(i).Select(l => l.Assembly.GetName().Name).ToHashSet(StringComparer.Ordinal);
            offenders.AddRange(assembly.GetReferencedAssemblies()
                .Where(r => r.Name is { } name && name.StartsWith("Hub.", StringComparison.Ordinal) && !allowed.Contains(name))
                .Select(r => $"{layer} references {r.Name}"));
        }

        Offenders.AssertNone(offenders, "An assembly may reference only the Hub layers inside it");
    }
}
