using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>
/// The latest calls, for picking those a person evaluates: the evaluators are a converted uuid[] column the query
/// cannot look into, so the handler keeps the evaluator's own calls from these few.
/// </summary>
public sealed class CallsEvaluatedBySpec : Specification<CallForProposals>
{
    public const int Latest = 200;

    public CallsEvaluatedBySpec() =>
        Query.OrderByDescending(c => c.ClosesAt).ThenByDescending(c => c.Id).Take(Latest).AsNoTracking();
}
