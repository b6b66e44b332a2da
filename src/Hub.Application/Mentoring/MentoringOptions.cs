using Hub.Domain.Mentoring.Matching;

namespace Hub.Application.Mentoring;

/// <summary>The module's configuration (section <c>Mentoring</c>): the weights of the compatibility score.</summary>
public sealed class MentoringOptions
{
    public const string Section = "Mentoring";

    public CompatibilityWeights Weights { get; set; } = new();
}
