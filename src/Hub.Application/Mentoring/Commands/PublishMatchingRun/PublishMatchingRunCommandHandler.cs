using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Commands.PublishMatchingRun;

public sealed class PublishMatchingRunCommandHandler(
    IRepository<MatchingRun> runs, IRepository<Mentorship> mentorships, IReadRepository<Mentor> mentors, ISender sender, TimeProvider clock)
    : ICommandHandler<PublishMatchingRunCommand, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(PublishMatchingRunCommand command, CancellationToken cancellationToken)
    {
        var run = await runs.SingleOrDefaultAsync(new MatchingRunByIdSpec(MatchingRunId.From(command.Id), tracked: true), cancellationToken)
            ?? throw new NotFoundException("Matching run", command.Id);
        var now = clock.GetUtcNow();
        var assignments = run.Publish(now);
        if (assignments.Count == 0)
        {
            await runs.SaveChangesAsync(cancellationToken);
            return [];
        }

        // Mentorships proposed since the run was computed may have taken an application or a place it counted on.
        var holding = await mentorships.ListAsync(new SlotHoldingMentorshipsSpec(), cancellationToken);
        var mentorIds = assignments.Select(a => MentorId.From(a.MentorId)).Distinct().ToList();
        var byId = (await mentors.ListAsync(new MentorsByIdsSpec(mentorIds), cancellationToken)).ToDictionary(m => m.Id);
        foreach (var group in assignments.GroupBy(a => MentorId.From(a.MentorId)))
        {
            var stillFree = byId.TryGetValue(group.Key, out var mentor) ? mentor.Capacity - holding.Count(m => m.MentorId == group.Key) : 0;
            if (stillFree < group.Count() || group.Any(a => holding.Any(m => m.ApplicationId == a.ApplicationId)))
            {
                throw new ConflictException("Mentorships were proposed since this run was computed; start a new run and publish that one.");
            }
        }

        var applications = (await sender.Send(new ListAcceptedApplicationsQuery(ApplicationIds: [.. assignments.Select(a => a.ApplicationId)]), cancellationToken))
            .ToDictionary(a => a.ApplicationId);
        var proposed = new List<Mentorship>();
        foreach (var assignment in assignments)
        {
            if (!applications.TryGetValue(assignment.ApplicationId, out var application))
            {
                throw new ConflictException($"Application {assignment.ApplicationId} is no longer accepted; start a new run.");
            }

            var mentor = byId[MentorId.From(assignment.MentorId)];
            proposed.Add(Mentorship.Propose(
                run.Id.Value, mentor.Id, mentor.UserId, application.ApplicationId, application.IntakeId, application.FounderUserId, application.VentureName, assignment.Score, now));
        }

        await mentorships.AddRangeAsync(proposed, cancellationToken);
        return [.. proposed.Select(m => m.Id.Value)];
    }
}
