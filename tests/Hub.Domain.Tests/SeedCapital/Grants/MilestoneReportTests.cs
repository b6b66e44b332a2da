using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Awards;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Grants.Events;
using Hub.Domain.SeedCapital.Proposals;
using static Hub.Domain.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Domain.Tests.SeedCapital.Grants;

public sealed class MilestoneReportTests
{
    [Fact]
    public void The_jobs_reported_with_a_milestone_go_with_its_release()
    {
        var grant = AwardedGrant();
        grant.ReportMilestone(1, "Equipment installed.", 4, grant.FounderUserId, Now.AddDays(30));

        grant.ReleaseTranche(1, 3_700m, DateOnly.FromDateTime(Now.AddDays(31).UtcDateTime), Guid.NewGuid(), Now.AddDays(31));

        Assert.Equal(4, grant.TrancheNumber(1).JobsCreated);
        var released = Assert.IsType<TrancheReleasedDomainEvent>(Assert.Single(grant.DomainEvents.OfType<TrancheReleasedDomainEvent>()));
        Assert.Equal(4, released.JobsCreated);
        Assert.Equal(Now.AddDays(30), released.ReportedAt);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Tranche.MaxJobsCreated + 1)]
    public void Jobs_created_outside_the_range_are_refused_and_the_milestone_stays_pending(int jobs)
    {
        var grant = AwardedGrant();

        var refused = Assert.Throws<BusinessRuleException>(() => grant.ReportMilestone(1, "Done.", jobs, grant.FounderUserId, Now.AddDays(30)));

        Assert.Equal("tranche.jobs-created", refused.Code);
        Assert.Equal(TrancheStatus.Pending, grant.TrancheNumber(1).Status);
        Assert.Null(grant.TrancheNumber(1).JobsCreated);
    }

    private static Grant AwardedGrant()
    {
        var call = OpenCall(budget: 150_000m);
        var proposal = Draft(call, 100_000m);
        proposal.Submit(call, Now);
        proposal.Evaluate(call, Guid.NewGuid(), false, Scores(9, 9), Now);
        proposal.Evaluate(call, Guid.NewGuid(), false, Scores(9, 9), Now);
        return Assert.Single(CallAwarding.Award(call, [proposal], Guid.NewGuid(), Now.AddDays(20)).Grants);
    }
}
