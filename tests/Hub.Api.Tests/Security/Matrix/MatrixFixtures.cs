namespace Hub.Api.Tests.Security.Matrix;

/// <summary>Every module's <see cref="IMatrixFixtures"/> together, by operationId (an operation has one fixture).</summary>
internal static class MatrixFixtures
{
    private static readonly Lazy<IReadOnlyDictionary<string, MatrixFixture>> All = new(Collect);

    public static IReadOnlyDictionary<string, MatrixFixture> ByOperationId => All.Value;

    private static Dictionary<string, MatrixFixture> Collect()
    {
        var fixtures = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal);
        var sets = typeof(MatrixFixtures).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMatrixFixtures).IsAssignableFrom(t))
            .Select(t => (IMatrixFixtures)Activator.CreateInstance(t)!);
        foreach (var (operationId, fixture) in sets.SelectMany(s => s.ByOperationId))
        {
            if (!fixtures.TryAdd(operationId, fixture))
            {
                throw new InvalidOperationException($"{operationId} has more than one matrix fixture.");
            }
        }

        return fixtures;
    }
}
