using System.Reflection;
using Hub.Application.Common.Messaging;
using Hub.Domain.Common;
using Hub.Infrastructure;

namespace Hub.ArchitectureTests;

/// <summary>The four layers of the hub and the modules found in them.</summary>
internal static class HubAssemblies
{
    public const string SharedModule = "Common";

    public static readonly Assembly Domain = typeof(IAggregateRoot).Assembly;
    public static readonly Assembly Application = typeof(IOutbox).Assembly;
    public static readonly Assembly Infrastructure = typeof(DependencyInjection).Assembly;
    public static readonly Assembly Api = typeof(Program).Assembly;

    /// <summary>Layer name (the second namespace segment, as in <c>Hub.Domain</c>) to its assembly, inner layer first.</summary>
    public static readonly IReadOnlyList<(string Layer, Assembly Assembly)> Layers =
    [
        ("Domain", Domain),
        ("Application", Application),
        ("Infrastructure", Infrastructure),
        ("Api", Api),
    ];

    public static readonly IReadOnlyList<Assembly> All = [.. Layers.Select(l => l.Assembly)];

    /// <summary>Every type written for the hub, without what compilers and source generators add (the generated mediator lives in <c>Mediator</c>).</summary>
    public static IReadOnlyList<Type> OwnTypes { get; } =
        [.. All.SelectMany(a => a.GetTypes()).Where(IsOwnCode).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The business modules: the third namespace segment of <c>Hub.&lt;Layer&gt;.&lt;Module&gt;</c>, without <c>Common</c>.</summary>
    public static IReadOnlyList<string> Modules { get; } =
        [.. OwnTypes.Select(ModuleOf).OfType<string>().Where(m => m != SharedModule).Distinct().Order(StringComparer.Ordinal)];

    public static bool IsOwnCode(Type type) =>
        type.Namespace is { } ns
        && !type.Name.Contains('<', StringComparison.Ordinal)
        && !(type.FullName ?? string.Empty).Contains('<', StringComparison.Ordinal)
        && !ns.StartsWith("Mediator", StringComparison.Ordinal)
        && !ns.StartsWith("Microsoft", StringComparison.Ordinal)
        && !ns.StartsWith("System", StringComparison.Ordinal)
        && type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null;

    /// <summary>The module of a type in <c>Hub.&lt;Layer&gt;.&lt;Module&gt;…</c>, or null for a type outside any module.</summary>
    public static string? ModuleOf(Type type)
    {
        var segments = (type.Namespace ?? string.Empty).Split('.');
        return segments.Length >= 3 && segments[0] == "Hub" ? segments[2] : null;
    }

    /// <summary>The type's name without the generic arity (<c>PagedList`1</c> is <c>PagedList</c>).</summary>
    public static string PlainName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    public static bool Implements(this Type type, Type openGenericInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGenericInterface);

    public static bool DerivesFrom(this Type type, Type openGenericBase)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGenericBase)
            {
                return true;
            }
        }

        return false;
    }
}
