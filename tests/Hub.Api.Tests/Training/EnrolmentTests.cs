using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Training;

/// <summary>Every founder accepted into a programme's intake is enrolled, whether accepted before or after the programme was created.</summary>
[Collection(HubCollection.Name)]
public sealed class EnrolmentTests(HubApiFactory factory)
{
    [Fact]
    public async Task Founders_accepted_before_and_after_the_programme_is_created_are_enrolled_once()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (before, _) = await factory.AcceptedApplicationAsync(intakeId);
        var programmeId = await factory.NewProgrammeAsync(intakeId);
        var manager = (await factory.ManagerAsync()).Client;

        var participants = await (await manager.GetAsync($"{Programmes}/{programmeId}/participants")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([before.Id], participants.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("founderUserId").GetGuid()));
        Assert.Equal(ApplicantsTestData.FounderFullName, participants.GetProperty("items")[0].Text("fullName"));

        var (after, _) = await factory.AcceptedApplicationAsync(intakeId);
        await Eventually.TrueAsync(async () =>
            (await (await manager.GetAsync($"{Programmes}/{programmeId}/participants")).JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32() == 2);

        var programme = await (await manager.GetAsync($"{Programmes}/{programmeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, programme.GetProperty("participantCount").GetInt32());
        var ids = (await (await manager.GetAsync($"{Programmes}/{programmeId}/participants")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("founderUserId").GetGuid()).ToHashSet();
        Assert.Equal([before.Id, after.Id], ids);
    }

    [Fact]
    public async Task A_founder_accepted_into_another_intake_is_not_enrolled()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 1);
        var otherIntake = await factory.NewIntakeAsync();
        var (stranger, _) = await factory.AcceptedApplicationAsync(otherIntake);
        var otherProgramme = await factory.NewProgrammeAsync(otherIntake);
        var manager = (await factory.ManagerAsync()).Client;

        var participants = await (await manager.GetAsync($"{Programmes}/{programmeId}/participants")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([founders[0].Id], participants.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("founderUserId").GetGuid()));
        var other = await (await manager.GetAsync($"{Programmes}/{otherProgramme}/participants")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([stranger.Id], other.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("founderUserId").GetGuid()));
    }

    [Fact]
    public async Task An_unknown_programme_is_404()
    {
        var manager = (await factory.ManagerAsync()).Client;
        await (await manager.GetAsync($"{Programmes}/{Guid.NewGuid()}/participants")).ProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync($"{Programmes}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_programme_for_an_unknown_intake_is_refused_with_422()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var response = await manager.PostAsJsonAsync(Programmes, new { name = "Programme of no intake", intakeId = Guid.NewGuid() });
        Assert.Equal("intake.unknown", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }
}
