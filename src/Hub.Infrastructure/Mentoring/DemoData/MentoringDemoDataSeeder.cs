using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Application.Mentoring.Commands;
using Hub.Application.Mentoring.Commands.ComputeMatchingRun;
using Hub.Application.Mentoring.Commands.PublishMatchingRun;
using Hub.Application.Mentoring.Commands.RegisterMentor;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Hub.Infrastructure.Common.DemoData;
using Mediator;

namespace Hub.Infrastructure.Mentoring.DemoData;

/// <summary>
/// The hub's 32 mentors (their accounts come from Identity's seeder), and for the intake with the most accepted
/// founders a completed, published matching run: two thirds of its mentorships accepted, a few sessions logged.
/// </summary>
internal sealed class MentoringDemoDataSeeder(
    IReadRepository<Mentor> mentors,
    IRepository<MatchingRun> runs,
    IRepository<Mentorship> mentorships,
    ISender sender,
    TimeProvider clock) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var mentor in DemoMentors.All)
        {
            if (await mentors.AnyAsync(new MentorByEmailSpec(mentor.Email), cancellationToken))
            {
                continue;
            }

            await sender.Send(
                new RegisterMentorCommand(mentor.Email, new MentorDetails(mentor.FullName, mentor.Country, mentor.TimeZone, mentor.Languages, mentor.Expertise, mentor.Capacity, mentor.Bio)),
                cancellationToken);
        }

        var accepted = await sender.Send(new ListAcceptedApplicationsQuery(), cancellationToken);
        var intake = accepted.GroupBy(a => a.IntakeId).OrderByDescending(g => g.Count()).Select(g => (Guid?)g.Key).FirstOrDefault();
        if (intake is not { } intakeId || await runs.AnyAsync(new MatchingRunsOfIntakeSpec(intakeId), cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var run = MatchingRun.Queue(intakeId, [], [], Guid.Empty, now);
        await runs.AddAsync(run, cancellationToken);
        await sender.Send(new ComputeMatchingRunCommand(run.Id.Value), cancellationToken);
        var proposed = await sender.Send(new PublishMatchingRunCommand(run.Id.Value), cancellationToken);

        for (var i = 0; i < proposed.Count; i++)
        {
            if (i % 3 == 2)
            {
                continue;
            }

            var mentorship = await mentorships.SingleOrDefaultAsync(new MentorshipByIdSpec(MentorshipId.From(proposed[i]), tracked: true), cancellationToken);
            mentorship!.Accept(now);
            if (i % 3 == 0)
            {
                mentorship.LogSession(now.AddHours(-6), 60, SessionFormat.OneToOne, "Business model canvas; first customers", "Interview five customers", now);
                mentorship.LogSession(now.AddHours(-2), 90, SessionFormat.Group, "Pricing and costs, with the cohort", "Draft a price list", now);
            }
        }

        await mentorships.SaveChangesAsync(cancellationToken);
    }
}
