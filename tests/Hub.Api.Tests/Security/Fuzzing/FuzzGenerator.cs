namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// Makes case <c>n</c> of a seed: an operation of the document, a caller, a mutation that applies to it. Each case
/// has its own <see cref="Random"/> drawn from (seed, n), so a case reads the same whatever came before it. The
/// first two rounds are one valid request per operation, in document order, so that real resources exist for the
/// mutated ones to aim at.
/// </summary>
public sealed class FuzzGenerator(ApiDocument api, FuzzIds ids, int seed)
{
    public const string Anonymous = "anonymous";

    public const string Partner = "partner";

    private const int WarmUpRounds = 2;

    public int Seed => seed;

    public int WarmUpCases => WarmUpRounds * api.Operations.Count;

    public FuzzCase Generate(int index)
    {
        var random = new Random(CaseSeed(seed, index));
        var warmUp = index < WarmUpCases;
        var operation = api.Operations[warmUp ? index % api.Operations.Count : random.Next(api.Operations.Count)];
        var mutations = warmUp ? [FuzzMutation.Valid] : Applicable(operation);
        var mutation = mutations[random.Next(mutations.Count)];
        var draft = new FuzzRequestDraft(operation, api, ids, random);
        draft.Apply(mutation);
        if (!warmUp && mutation != FuzzMutation.OddAccept && random.Next(5) == 0)
        {
            draft.AddOddAccept();
        }

        return draft.Build(seed, index, warmUp ? WarmUpCaller(operation) : PickCaller(operation, random), mutation);
    }

    /// <summary>The mutations that make sense for an operation: body ones when it takes a body, and so on.</summary>
    public static IReadOnlyList<FuzzMutation> Applicable(ApiOperation operation)
    {
        var mutations = new List<FuzzMutation> { FuzzMutation.Valid, FuzzMutation.WrongContentType, FuzzMutation.OddAccept };
        if (operation.BodySchema is not null)
        {
            mutations.AddRange(
            [
                FuzzMutation.WrongType, FuzzMutation.MissingRequired, FuzzMutation.ExtraField, FuzzMutation.HugeString, FuzzMutation.EmptyString,
                FuzzMutation.NulCharacter, FuzzMutation.LoneSurrogate, FuzzMutation.InvalidUtf8, FuzzMutation.DeepNesting, FuzzMutation.BadDate,
                FuzzMutation.BadGuidInBody, FuzzMutation.OddNumber, FuzzMutation.MalformedJson,
            ]);
        }

        if (operation.ParametersIn("path").Any())
        {
            mutations.Add(FuzzMutation.BadGuidInPath);
        }

        if (operation.ParametersIn("query").Any())
        {
            mutations.Add(FuzzMutation.BadQueryValue);
        }

        if (operation.ParametersIn("query").Any(p => p.Name is "page" or "pageSize"))
        {
            mutations.Add(FuzzMutation.AbsurdPaging);
        }

        if (operation.ParametersIn("header").Any(p => p.Name == "If-Match") || (operation.Method is "PUT" or "POST" or "DELETE" && operation.ParametersIn("path").Any()))
        {
            mutations.Add(FuzzMutation.GarbageIfMatch);
        }

        return mutations;
    }

    /// <summary>Callers the operation allows (the document's roles, any person, a partner with a scope), or anonymous when it is open.</summary>
    public static IReadOnlyList<string> Callers(ApiOperation operation)
    {
        if (operation.Anonymous)
        {
            return [Anonymous];
        }

        var callers = operation.AnyPerson ? new List<string> { "Admin", "Founder" } : [.. operation.Roles];
        if (operation.Scopes.Count > 0)
        {
            callers.Add(Partner);
        }

        return callers;
    }

    /// <summary>A SplitMix64 step over (seed, index): neighbouring seeds and cases get unrelated streams.</summary>
    public static int CaseSeed(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32) | (uint)index;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    /// <summary>The admin where the operation allows one (staff act for anyone), else the first caller it allows.</summary>
    private static string WarmUpCaller(ApiOperation operation) => Callers(operation) is var callers && callers.Contains("Admin") ? "Admin" : callers[0];

    /// <summary>Mostly a caller the operation allows, so the request reaches validation and the handler; one in ten anonymous.</summary>
    private static string PickCaller(ApiOperation operation, Random random)
    {
        if (!operation.Anonymous && random.Next(10) == 0)
        {
            return Anonymous;
        }

        var callers = Callers(operation);
        return callers[random.Next(callers.Count)];
    }
}
