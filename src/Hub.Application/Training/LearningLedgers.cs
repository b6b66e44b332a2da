using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Ledger;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training;

/// <summary>Reads a founder's learning ledger: the sessions they attended and the mentoring logged for them, against the curriculum.</summary>
public sealed class LearningLedgers(IReadRepository<TrainingSession> sessions, IReadRepository<MentoringEntry> mentoring)
{
    public async Task<LearningLedger> ForAsync(Guid founderUserId, IEnumerable<TrainingModule> curriculum, CompletionRule rule, CancellationToken cancellationToken)
    {
        var lines = await sessions.ListAsync(new PresentMinutesOfFounderSpec(founderUserId), cancellationToken);
        lines.AddRange(await mentoring.ListAsync(new MentoringMinutesOfFounderSpec(founderUserId), cancellationToken));
        return LearningLedger.Compute(curriculum.Select(m => (m.Id, m.PlannedHours)), lines, rule, GroupMentoringPlan.Default);
    }
}
