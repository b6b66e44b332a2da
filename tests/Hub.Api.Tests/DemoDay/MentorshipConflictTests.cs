using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Common.Inbox;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Mentoring.Contracts;
using Hub.Domain.Common;
using static Hub.Api.Tests.DemoDay.DemoDayTestData;

namespace Hub.Api.Tests.DemoDay;

/// <summary>A mentor who mentors a venture is conflicted for its pitch, learned from Mentoring's event, whenever the pitch was added.</summary>
[Collection(HubCollection.Name)]
public sealed class MentorshipConflictTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_judge_who_mentors_the_venture_cannot_score_its_pitch_and_their_sheet_never_counts()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var intakeId = await factory.NewIntakeAsync();
        var dayId = await manager.NewDemoDayAsync();
        using var mentor = await factory.NewUserAsync(Roles.Mentor);
        using var judge = await factory.NewUserAsync(Roles.Judge);
        await manager.InviteAsync(dayId, mentor.Id);
        await manager.InviteAsync(dayId, judge.Id);
        var before = await factory.NewPitchAsync(manager, dayId, intakeId, 1);
        await (await mentor.Client.ScoreAsync(dayId, before.PitchId, Sheet(10, 10))).JsonAsync(HttpStatusCode.OK);

        await factory.PublishAsync(new MentorshipAcceptedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), mentor.Id, before.ApplicationId, before.Founder.Id));

        await Eventually.TrueAsync(async () => (await mentor.Client.ScoreAsync(dayId, before.PitchId, Sheet(9, 9))).StatusCode == HttpStatusCode.Forbidden);

        // A pitch added after the event is conflicted as well.
        var (founder, later) = await factory.AcceptedApplicationAsync(intakeId);
        using (founder)
        {
            await factory.PublishAsync(new MentorshipAcceptedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), mentor.Id, later, founder.Id));
            var other = await factory.NewPitchAsync(manager, dayId, intakeId, 2);
            await (await judge.Client.ScoreAsync(dayId, before.PitchId, Sheet(4, 4))).JsonAsync(HttpStatusCode.OK);
            await (await judge.Client.ScoreAsync(dayId, other.PitchId, Sheet(6, 6))).JsonAsync(HttpStatusCode.OK);
            var pitch = await (await manager.PostAsJsonAsync($"{DemoDays}/{dayId}/pitches", new { applicationId = later, slot = 3 })).JsonAsync(HttpStatusCode.Created);
            await Eventually.TrueAsync(async () =>
                (await mentor.Client.ScoreAsync(dayId, pitch.GetProperty("id").GetGuid(), Sheet(5, 5))).StatusCode == HttpStatusCode.Forbidden);
        }

        await (await manager.PostAsync($"{DemoDays}/{dayId}/close", null)).JsonAsync(HttpStatusCode.Accepted);
        var results = await manager.CompletedResultsAsync(dayId);
        var first = results.GetProperty("pitches").EnumerateArray().Single(p => p.GetProperty("pitchId").GetGuid() == before.PitchId);
        Assert.Equal(1, first.GetProperty("judgeCount").GetInt32());
        Assert.Equal(4, first.GetProperty("rawMean").GetDouble(), 9);
    }
}
