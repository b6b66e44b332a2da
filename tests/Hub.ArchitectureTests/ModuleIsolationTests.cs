using NetArchTest.Rules;

namespace Hub.ArchitectureTests;

/// <summary>
/// Rules 2, 3 and 9: code of module X, in any layer, uses another module Y only through <c>Hub.Application.Y.Contracts</c>
/// (integration events and public queries). <c>Common</c> of every layer is shared. The pairs are discovered from
/// the namespaces, so a new module is covered without touching this file.
/// </summary>
public sealed class ModuleIsolationTests
{
    public static TheoryData<string, string, string> ModulePairsByLayer()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (layer, _) in HubAssemblies.Layers)
        {
            foreach (var module in HubAssemblies.Modules)
            {
                foreach (var other in HubAssemblies.Modules.Where(m => m != module))
                {
                    data.Add(layer, module, other);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> ModulePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in HubAssemblies.Modules)
        {
            foreach (var other in HubAssemblies.Modules.Where(m => m != module))
            {
                data.Add(module, other);
            }
        }

        return data;
    }

    public static TheoryData<string> SharedLayers() => ["Domain", "Application", "Infrastructure"];

    [Fact]
    public void Modules_are_discovered_from_the_namespaces()
    {
        Assert.Contains("Applicants", HubAssemblies.Modules);
        Assert.Contains("Identity", HubAssemblies.Modules);
        Assert.DoesNotContain(HubAssemblies.SharedModule, HubAssemblies.Modules);
    }

    [Theory]
    [MemberData(nameof(ModulePairsByLayer))]
    public void Module_uses_another_module_only_through_its_contracts(string layer, string module, string other)
    {
        var forbidden = InternalsOf(other);
        if (forbidden.Length == 0)
        {
            return;
        }

        var result = Types.InAssemblies(HubAssemblies.All)
            .That()
            .ResideInNamespaceMatching($@"^Hub\.{layer}\.{module}(\..+)?$")
            .ShouldNot()
            .HaveDependencyOnAny(forbidden)
            .GetResult();

        Offenders.AssertNone(
            result,
            $"Hub.{layer}.{module} must not use module {other} except through Hub.Application.{other}.Contracts");
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Domain_of_a_module_does_not_reference_the_domain_of_another(string module, string other)
    {
        var result = Types.InAssembly(HubAssemblies.Domain)
            .That()
            .ResideInNamespaceMatching($@"^Hub\.Domain\.{module}(\..+)?$")
            .ShouldNot()
            .HaveDependencyOn($"Hub.Domain.{other}")
            .GetResult();

        Offenders.AssertNone(result, $"Hub.Domain.{module} must refer to module {other} by id only, never to its types");
    }

    /// <summary>
    /// The shared kernel knows no module. (<c>Hub.Api.Common</c> is left out: the host wires modules together, e.g.
    /// partner-key authentication sends an Identity query.)
    /// </summary>
    [Theory]
    [MemberData(nameof(SharedLayers))]
    public void Common_of_a_layer_depends_on_no_module(string layer)
    {
        var modules = HubAssemblies.Layers.SelectMany(_ => HubAssemblies.Modules, (l, m) => $"Hub.{l.Layer}.{m}").ToArray();

        var result = Types.InAssemblies(HubAssemblies.All)
            .That()
            .ResideInNamespaceMatching($@"^Hub\.{layer}\.{HubAssemblies.SharedModule}(\..+)?$")
            .ShouldNot()
            .HaveDependencyOnAny(modules)
            .GetResult();

        Offenders.AssertNone(result, $"Hub.{layer}.{HubAssemblies.SharedModule} is shared by every module and must not depend on any of them");
    }

    /// <summary>
    /// The full names of the other module's top-level types outside its contracts, in every layer. Names rather than
    /// namespaces, because a module's root namespace (<c>Hub.Application.Identity</c>) contains its contracts.
    /// </summary>
    private static string[] InternalsOf(string module) =>
    [
        .. HubAssemblies.OwnTypes
            .Where(t => !t.IsNested && HubAssemblies.ModuleOf(t) == module)
            .Where(t => !IsContract(t, module))
            .Select(t => t.FullName!),
    ];

    private static bool IsContract(Type type, string module)
    {
        var contracts = $"Hub.Application.{module}.Contracts";
        return type.Namespace == contracts || type.Namespace!.StartsWith(contracts + ".", StringComparison.Ordinal);
    }
}
