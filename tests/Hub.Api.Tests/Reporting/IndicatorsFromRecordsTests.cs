using System.Net;
using System.Text;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Common.Inbox;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Training;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.Training.Contracts;
using Hub.Domain.Reporting.Indicators;
using static Hub.Api.Tests.Reporting.ReportingTestData;

namespace Hub.Api.Tests.Reporting;

/// <summary>
/// One scenario on a day of its own: founders apply with known gender, birth year and soum and are accepted, a trainer
/// takes two registers (through the API); mentoring sessions, grants, Demo Day results and a certificate dated that
/// day arrive as their modules' events. Every indicator and every breakdown of that day's report is then
/// compared with the figure worked out here from those records.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class IndicatorsFromRecordsTests(HubApiFactory factory)
{
    [Fact]
    public async Task Every_indicator_and_breakdown_matches_the_records_and_the_exports_list_them_without_names()
    {
        var day = QuietDay();
        var year = day.Year;
        var manager = (await factory.ManagerAsync()).Client;

        // Applicants: four founders accepted into one intake.
        var intakeId = await factory.NewIntakeAsync();
        var ada = await AcceptedFounderAsync(intakeId, "Female", year - 20, "Дархан");
        var bat = await AcceptedFounderAsync(intakeId, "Male", year - 30, "Орхон");
        var chu = await AcceptedFounderAsync(intakeId, "Other", year - 50, "Хонгор");

        // Training: two sessions of a one-topic module on the day.
        var programmeId = await factory.NewProgrammeAsync(intakeId);
        var moduleId = await factory.NewModuleAsync(plannedHours: 2);
        var trainer = await factory.TrainerAsync();
        var morning = await factory.ScheduleAsync(programmeId, TrainingTestData.SessionBody(moduleId, trainer.Id, day.At(9), durationMinutes: 120));
        var afternoon = await factory.ScheduleAsync(programmeId, TrainingTestData.SessionBody(moduleId, trainer.Id, day.At(13), durationMinutes: 90));
        (await trainer.Client.RecordAsync(morning, TrainingTestData.Register((ada.Id, "Present"), (bat.Id, "Present"), (chu.Id, "Absent")))).EnsureSuccessStatusCode();
        (await trainer.Client.RecordAsync(afternoon, TrainingTestData.Register((ada.Id, "Present"), (chu.Id, "Excused")))).EnsureSuccessStatusCode();

        var dulam = await AcceptedFounderAsync(intakeId, "Female", 1994, ApplicantsTestData.FounderSoum);

        // Mentoring (a session cannot be logged before its mentorship, so these come as Mentoring's events): a group
        // session of 80 minutes and a one-to-one of 45 on the day, by one mentor.
        var (mentorUserId, mentorshipId) = (Guid.NewGuid(), Guid.NewGuid());
        await factory.PublishAsync(new MentorshipAcceptedIntegrationEvent(mentorshipId, Guid.NewGuid(), mentorUserId, Guid.NewGuid(), dulam.Id) { OccurredAt = DateTimeOffset.UtcNow });
        await factory.PublishAsync(new MentoringSessionLoggedIntegrationEvent(Guid.NewGuid(), mentorshipId, mentorUserId, dulam.Id, Guid.NewGuid(), day.At(10), 80, "Group"));
        await factory.PublishAsync(new MentoringSessionLoggedIntegrationEvent(Guid.NewGuid(), mentorshipId, mentorUserId, dulam.Id, Guid.NewGuid(), day.At(15), 45, "OneToOne"));

        // SeedCapital, DemoDay and Training's certificate, as their events say it (dated the day).
        await factory.PublishAsync(new CallAwardedIntegrationEvent(
            Guid.NewGuid(), "Seed capital 2005", "SeedCapital", "MNT", 7_500_000.50m, 0, [Grant(ada, 5_000_000m, 1_400m), Grant(chu, 2_500_000.50m, 700m)], Guid.NewGuid())
        { OccurredAt = day.At(11) });
        await factory.PublishAsync(new CallAwardedIntegrationEvent(
            Guid.NewGuid(), "Pilot projects", "PilotCompetition", "MNT", 9_000_000m, 0, [Grant(bat, 9_000_000m, 2_520m)], Guid.NewGuid())
        { OccurredAt = day.At(11) });
        await factory.PublishAsync(new DemoDayResultsPublishedIntegrationEvent(Guid.NewGuid(), "Demo Day", day, [Pitch(ada, 1, ["Best Entrepreneur"]), Pitch(dulam, 2, [])])
        { OccurredAt = DateTimeOffset.UtcNow });
        // Jobs created, as grantees reported them with milestones a manager approved: two tranches of Ada's grant, one of Bat's.
        await factory.PublishAsync(new MilestoneApprovedIntegrationEvent(Guid.Parse("00000000-0000-0000-0000-0000000000a1"), 1, ada.Id, 3, day.At(8)) { OccurredAt = DateTimeOffset.UtcNow });
        await factory.PublishAsync(new MilestoneApprovedIntegrationEvent(Guid.Parse("00000000-0000-0000-0000-0000000000a1"), 2, ada.Id, 1, day.At(17)) { OccurredAt = DateTimeOffset.UtcNow });
        await factory.PublishAsync(new MilestoneApprovedIntegrationEvent(Guid.NewGuid(), 1, bat.Id, 2, day.At(12)) { OccurredAt = DateTimeOffset.UtcNow });
        await factory.PublishAsync(new TrainingCertificateIssuedIntegrationEvent(Guid.NewGuid(), "EU-DIEH-TEST", bat.Id, moduleId, "T1", "Sustainable tourism", 2, day.At(16)));

        // Worked out from the records above.
        ExpectedIndicator[] expected =
        [
            ExpectedIndicator.PerPerson(IndicatorCatalog.CitizensTrained, (ada, 1), (bat, 1)),
            ExpectedIndicator.Counted(IndicatorCatalog.TrainingHours, (120 + 90) / 60m),
            ExpectedIndicator.Counted(IndicatorCatalog.TopicsDelivered, 1),
            ExpectedIndicator.Counted(IndicatorCatalog.TrainingProgrammes, 1),
            ExpectedIndicator.PerPerson(IndicatorCatalog.EntrepreneursTrained, (bat, 1)),
            ExpectedIndicator.Counted(IndicatorCatalog.ActiveMentors, 1),
            ExpectedIndicator.PerPerson(IndicatorCatalog.GroupMentoringHours, (dulam, 80 / 60m)) with { Total = 1.33m },
            ExpectedIndicator.PerPerson(IndicatorCatalog.MentoringSessions, (dulam, 1), (dulam, 1)),
            ExpectedIndicator.PerPerson(IndicatorCatalog.MentoringHours, (dulam, 125 / 60m)) with { Total = 2.08m },
            ExpectedIndicator.PerPerson(IndicatorCatalog.SeedGrants, (ada, 1), (chu, 1)),
            ExpectedIndicator.PerPerson(IndicatorCatalog.DemoDayPitches, (ada, 1), (dulam, 1)),
            ExpectedIndicator.Counted(IndicatorCatalog.Awards, 1),
            ExpectedIndicator.PerPerson(IndicatorCatalog.PilotProjects, (bat, 1)),
            ExpectedIndicator.PerPerson(IndicatorCatalog.JobsCreated, (ada, 3), (ada, 1), (bat, 2)),
        ];

        var report = await Eventually.ValueAsync(
            () => manager.IndicatorsAsync(day, day),
            r => r.Actual(IndicatorCatalog.MentoringSessions) == 2 && r.Actual(IndicatorCatalog.CitizensTrained) == 2 && r.Actual(IndicatorCatalog.TrainingHours) == 3.5m
                && r.Actual(IndicatorCatalog.SeedGrants) == 2 && r.Actual(IndicatorCatalog.PilotProjects) == 1 && r.Actual(IndicatorCatalog.DemoDayPitches) == 2
                && r.Actual(IndicatorCatalog.EntrepreneursTrained) == 1 && r.Actual(IndicatorCatalog.JobsCreated) == 6,
            TimeSpan.FromSeconds(20));

        Assert.Equal(IndicatorCatalog.All.Select(i => i.Code), report.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        foreach (var indicator in expected)
        {
            indicator.AssertIn(report, year);
        }

        var grants = report.Indicator(IndicatorCatalog.SeedGrants);
        Assert.Equal("7500000.50", grants.GetProperty("amountMnt").GetProperty("amount").GetString());
        Assert.Equal("2100.00", grants.GetProperty("amountEur").GetProperty("amount").GetString());
        Assert.Equal(400m, report.Indicator(IndicatorCatalog.CitizensTrained).GetProperty("target").GetDecimal());

        // The exports: UTF-8 with a byte-order mark, fixed headers, a file name, the rows of the day and no names.
        var attendance = await manager.GetAsync($"{Reports}/attendance.csv?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, attendance.StatusCode);
        Assert.Equal("text/csv", attendance.Content.Headers.ContentType!.MediaType);
        Assert.Equal("eu-dieh-attendance.csv", attendance.Content.Headers.ContentDisposition!.FileName);
        var bytes = await attendance.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sessionId,founderUserId,moduleId,programmeId,status,hours,sessionStartsAt,gender,birthYear,ageBand,soum", lines[0]);
        Assert.Equal(5, lines.Length - 1);
        Assert.Contains($"{morning},{ada.Id},{moduleId},{programmeId},Present,2,{day:yyyy-MM-dd}T09:00:00Z,Female,{year - 20},Under25,Дархан", lines);
        Assert.Contains($"{afternoon},{chu.Id},{moduleId},{programmeId},NotPresent,0,{day:yyyy-MM-dd}T13:00:00Z,Other,{year - 50},From45,Хонгор", lines);
        Assert.DoesNotContain(ApplicantsTestData.FounderFullName, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        var indicatorsCsv = await manager.GetAsync($"{Reports}/indicators?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&format=csv");
        var csv = Encoding.UTF8.GetString((await indicatorsCsv.Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("code,name,unit,target,breakdown,category,value\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("citizens-trained,Citizens trained,persons,400,gender,female,1\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("seed-grants,Seed grants awarded,grants,10,amount,MNT,7500000.50\r\n", csv, StringComparison.Ordinal);
        Assert.Equal($"eu-dieh-indicators-{day:yyyy-MM-dd}-{day:yyyy-MM-dd}.csv", indicatorsCsv.Content.Headers.ContentDisposition!.FileName);

        var grantsCsv = await (await manager.GetAsync($"{Reports}/grants.csv?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}")).Content.ReadAsStringAsync();
        Assert.Contains(",SeedCapital,2500000.50,2500000.50,700.00,", grantsCsv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-02-01&to=2026-01-31")]
    [InlineData("from=yesterday")]
    [InlineData("to=1999-12-31")]
    public async Task A_bad_period_is_a_400(string query)
    {
        var manager = (await factory.ManagerAsync()).Client;
        await (await manager.GetAsync($"{Reports}/indicators?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<ReportedFounder> AcceptedFounderAsync(Guid intakeId, string gender, int birthYear, string soum)
    {
        var founder = await factory.NewFounderAsync();
        var body = ApplicantsTestData.ApplicationBody(intakeId);
        body["founder"]!["gender"] = gender;
        body["founder"]!["birthYear"] = birthYear;
        body["founder"]!["soum"] = soum;
        var id = await founder.Client.DraftAsync(body);
        (await founder.Client.SubmitAsync(id)).EnsureSuccessStatusCode();
        (await (await factory.ManagerAsync()).Client.DecideAsync(id, "Accept")).EnsureSuccessStatusCode();
        return new ReportedFounder(founder.Id, gender, birthYear, soum);
    }

    private static CallAwardedGrant Grant(ReportedFounder founder, decimal amount, decimal eur) =>
        new(Guid.NewGuid(), 1, amount, founder.Id, amount, eur);

    private static DemoDayPitchResult Pitch(ReportedFounder founder, int rank, string[] awards) =>
        new(Guid.NewGuid(), Guid.NewGuid(), founder.Id, "Venture", rank, 1.0, 8.0, 3, awards);
}
