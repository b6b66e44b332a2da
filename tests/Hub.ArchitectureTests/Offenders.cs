using NetArchTest.Rules;

namespace Hub.ArchitectureTests;

/// <summary>Asserts that a rule found no offending types, naming every offender when it did.</summary>
internal static class Offenders
{
    public static void AssertNone(TestResult result, string rule) =>
        AssertNone(result.IsSuccessful ? [] : result.FailingTypeNames ?? ["(NetArchTest gave no type names)"], rule);

    public static void AssertNone(IEnumerable<Type> offenders, string rule) =>
        AssertNone(offenders.Select(t => t.FullName ?? t.Name), rule);

    public static void AssertNone(IEnumerable<string> offenders, string rule)
    {
        var names = offenders.Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(names.Count == 0, $"{rule}. Offending types:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", names)}");
    }
}
