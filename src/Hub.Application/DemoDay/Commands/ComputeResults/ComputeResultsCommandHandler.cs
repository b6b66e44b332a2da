using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.Mentorships;
using Hub.Domain.DemoDay.Ranking;
using Hub.Domain.DemoDay.ScoreSheets;
using Mediator;

namespace Hub.Application.DemoDay.Commands.ComputeResults;

/// <summary>
/// Queued → Running → Completed (or Failed with a reason): ranks the day by every method and stores them all, so a
/// reader picks one with <c>?method=</c>. Counts each sheet's last revision saved by closing time and never a
/// conflicted pair's sheet.
/// </summary>
public sealed class ComputeResultsCommandHandler(
    IRepository<DemoDayEdition> days,
    IReadRepository<ScoreSheet> sheets,
    IReadRepository<KnownMentorship> mentorships,
    TimeProvider clock) : ICommandHandler<ComputeResultsCommand>
{
    public async ValueTask<Unit> Handle(ComputeResultsCommand command, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(command.DemoDayId, cancellationToken);
        if (day.ResultsStatus is not (ResultsStatus.Queued or ResultsStatus.Running))
        {
            return Unit.Value;
        }

        day.StartResults();
        await days.SaveChangesAsync(cancellationToken);

        try
        {
            var conflicted = await mentorships.ConflictedPairsAsync(day, cancellationToken);
            var closedAt = day.ClosedAt!.Value;
            var counted = (await sheets.ListAsync(new ScoreSheetsOfDaySpec(day.Id), cancellationToken))
                .Where(s => !conflicted.Contains((s.JudgeUserId, s.PitchId)) && day.IsJudge(s.JudgeUserId))
                .Select(s => (Sheet: s, Counted: s.CountedAt(closedAt)))
                .Where(s => s.Counted is not null)
                .Select(s => new SheetScore(s.Sheet.JudgeUserId, s.Sheet.PitchId, (double)s.Counted!.WeightedScore))
                .ToList();
            var pitches = day.Pitches.Select(p => new PitchEntry(p.Id, p.Slot)).ToList();
            day.CompleteResults(
                Enum.GetValues<RankingMethod>().Select(method => new MethodRanking(method, PitchRankings.Rank(method, pitches, counted))),
                clock.GetUtcNow());
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            day.FailResults($"The results could not be computed: {error.Message}");
        }

        await days.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
