using Mediator;

namespace Hub.ArchitectureTests;

/// <summary>Rule 8: DTO names carry their module, so OpenAPI schema ids never clash between modules.</summary>
public sealed class DtoNamingTests
{
    private static readonly Type[] QueryInterfaces = [typeof(IQuery<>), typeof(IRequest<>), typeof(ICommand<>), typeof(IStreamQuery<>)];

    private static readonly IReadOnlyList<Type> Dtos =
        [.. HubAssemblies.OwnTypes.Where(t => HubAssemblies.PlainName(t).EndsWith("Dto", StringComparison.Ordinal))];

    [Fact]
    public void Dtos_are_found()
    {
        Assert.NotEmpty(Dtos);
    }

    [Fact]
    public void Dtos_start_with_their_module_name()
    {
        Offenders.AssertNone(
            Dtos.Where(t => HubAssemblies.ModuleOf(t) is not { } module || !t.Name.StartsWith(module, StringComparison.Ordinal)),
            "A …Dto must live in a module and start with its name, e.g. ApplicantsApplicationDto");
    }

    [Fact]
    public void Dtos_returned_by_queries_start_with_their_module_name()
    {
        var returned = HubAssemblies.OwnTypes
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && QueryInterfaces.Contains(i.GetGenericTypeDefinition()))
            .SelectMany(i => Unwrap(i.GetGenericArguments()[0]))
            .Where(t => t.Assembly.GetName().Name?.StartsWith("Hub.", StringComparison.Ordinal) == true)
            .Where(t => HubAssemblies.PlainName(t).EndsWith("Dto", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.NotEmpty(returned);
        Offenders.AssertNone(
            returned.Where(t => HubAssemblies.ModuleOf(t) is not { } module || !t.Name.StartsWith(module, StringComparison.Ordinal)),
            "A …Dto returned by a query must start with its module's name");
    }

    /// <summary>The response type and the types inside it (<c>PagedList&lt;X&gt;</c>, <c>X?</c>, lists), recursively.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        var inner = type.IsArray ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var nested in inner.SelectMany(Unwrap))
        {
            yield return nested;
        }
    }
}
