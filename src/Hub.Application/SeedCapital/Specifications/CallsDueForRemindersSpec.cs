using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>Calls not yet awarded whose evaluation deadline is at most <c>ahead</c> away, and whose evaluators were not reminded yet.</summary>
public sealed class CallsDueForRemindersSpec : Specification<CallForProposals>
{
    public CallsDueForRemindersSpec(DateTimeOffset now, TimeSpan ahead)
    {
        var until = now + ahead;
        Query.Where(c => c.RemindersSentAt == null && c.Status != CallStatus.Awarded && c.EvaluationDeadline > now && c.EvaluationDeadline <= until);
    }
}
