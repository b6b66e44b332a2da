using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Matching;
using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Mentoring.Commands.ComputeMatchingRun;

public sealed class ComputeMatchingRunCommandHandler(
    IRepository<MatchingRun> runs,
    IReadRepository<Mentor> mentors,
    IReadRepository<Mentorship> mentorships,
    ISender sender,
    IOptions<MentoringOptions> options,
    TimeProvider clock) : ICommandHandler<ComputeMatchingRunCommand>
{
    public async ValueTask<Unit> Handle(ComputeMatchingRunCommand command, CancellationToken cancellationToken)
    {
        var run = await runs.SingleOrDefaultAsync(new MatchingRunByIdSpec(MatchingRunId.From(command.RunId), tracked: true), cancellationToken);
        if (run is null || !run.Start())
        {
            return Unit.Value;
        }

        await runs.SaveChangesAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var date = DateOnly.FromDateTime(now.UtcDateTime);
        var holding = await mentorships.ListAsync(new SlotHoldingMentorshipsSpec(), cancellationToken);
        var taken = holding.Select(m => m.ApplicationId).ToHashSet();
        var load = holding.GroupBy(m => m.MentorId).ToDictionary(g => g.Key, g => g.Count());
        var accepted = await sender.Send(new ListAcceptedApplicationsQuery(IntakeId: run.IntakeId), cancellationToken);
        var open = accepted.Where(a => !taken.Contains(a.ApplicationId)).OrderBy(a => a.ApplicationId)
            .Select(a => new MatchingApplication(a.ApplicationId, a.Sector, a.Languages)).ToList();
        var active = await mentors.ListAsync(new ActiveMentorsSpec(), cancellationToken);
        var forbidden = run.Forbids.Select(f => (f.ApplicationId, f.MentorId)).ToHashSet();

        var set = MatchingCandidateSet.Score(open, active, load, forbidden, options.Value.Weights, date);
        var candidates = set.Candidates;

        var applicationIndex = open.Select((a, i) => (a.ApplicationId, i)).ToDictionary(x => x.ApplicationId, x => x.i);
        var mentorIndex = active.Select((m, i) => (m.Id.Value, i)).ToDictionary(x => x.Value, x => x.i);
        var pins = new List<MatchingPin>();
        foreach (var pin in run.Pins)
        {
            if (!applicationIndex.TryGetValue(pin.ApplicationId, out var a))
            {
                return await FailAsync(PinFailure(pin, "the application is not an accepted application of this intake waiting for a mentor"));
            }

            if (!mentorIndex.TryGetValue(pin.MentorId, out var m))
            {
                return await FailAsync(PinFailure(pin, "the mentor is not an active mentor"));
            }

            pins.Add(new MatchingPin(a, m));
        }

        var result = OptimalMatcher.Solve(set.ToInstance(pins));
        if (result.InfeasiblePin is { } infeasible)
        {
            var pair = new PairRef(open[infeasible.Application].ApplicationId, active[infeasible.Mentor].Id.Value);
            return await FailAsync(PinFailure(pair, result.FailureReason ?? "it cannot be honoured"));
        }

        var assignments = new List<MatchingAssignment>();
        var unmatched = new List<Guid>();
        for (var a = 0; a < open.Count; a++)
        {
            var m = result.MentorOf[a];
            if (m < 0)
            {
                unmatched.Add(open[a].ApplicationId);
            }
            else
            {
                assignments.Add(new MatchingAssignment(open[a].ApplicationId, active[m].Id.Value, candidates[(a * active.Count) + m].Score));
            }
        }

        run.Complete(candidates, assignments, unmatched, date, clock.GetUtcNow());
        await runs.SaveChangesAsync(cancellationToken);
        return Unit.Value;

        async Task<Unit> FailAsync(string reason)
        {
            run.Fail(reason, candidates, date, now);
            await runs.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }

    private static string PinFailure(PairRef pin, string why) =>
        $"The pin of application {pin.ApplicationId} to mentor {pin.MentorId} cannot be honoured: {why}.";
}
