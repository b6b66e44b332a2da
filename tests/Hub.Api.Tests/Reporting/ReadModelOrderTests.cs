using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Common.Inbox;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Applicants.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Training.Contracts;
using Hub.Domain.Reporting.Indicators;
using static Hub.Api.Tests.Reporting.ReportingTestData;

namespace Hub.Api.Tests.Reporting;

/// <summary>The read model keeps facts by user id and joins at read time; the newer of two versions of a fact wins.</summary>
[Collection(HubCollection.Name)]
public sealed class ReadModelOrderTests(HubApiFactory factory)
{
    [Fact]
    public async Task Attendance_before_the_founders_attributes_counts_and_a_late_older_correction_changes_nothing()
    {
        var day = QuietDay();
        var manager = (await factory.ManagerAsync()).Client;
        var (founder, session, module, programme) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;
        TrainingAttendanceRecordedIntegrationEvent Register(bool present, DateTimeOffset recordedAt) =>
            new(session, programme, module, [founder], present ? [founder] : [], day.At(9), 60, 3) { OccurredAt = recordedAt };

        await factory.PublishAsync(Register(present: true, now));
        var before = await Eventually.ValueAsync(() => manager.IndicatorsAsync(day, day), r => r.Actual(IndicatorCatalog.CitizensTrained) == 1);
        Assert.Equal(1m, before.Indicator(IndicatorCatalog.CitizensTrained).GetProperty("byGender").GetProperty("unknown").GetDecimal());

        await factory.PublishAsync(new ApplicationSubmittedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), founder, "Late venture", "Male", day.Year - 40, "Баянгол") { OccurredAt = now });
        var joined = await Eventually.ValueAsync(
            () => manager.IndicatorsAsync(day, day), r => r.Indicator(IndicatorCatalog.CitizensTrained).GetProperty("byGender").GetProperty("male").GetDecimal() == 1);
        Assert.Equal(1m, joined.Indicator(IndicatorCatalog.CitizensTrained).GetProperty("byAgeBand").GetProperty("from35To44").GetDecimal());
        Assert.Equal("Баянгол", joined.Indicator(IndicatorCatalog.CitizensTrained).GetProperty("bySoum")[0].GetProperty("soum").GetString());

        // An older correction arriving late, and a repeat of the register, are both ignored (a marker shows they were handled).
        await factory.PublishAsync(Register(present: false, now.AddMinutes(-5)));
        await factory.PublishAsync(Register(present: true, now));
        await factory.PublishAsync(new MentoringSessionLoggedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), founder, Guid.NewGuid(), day.At(12), 30, "OneToOne"));
        var after = await Eventually.ValueAsync(() => manager.IndicatorsAsync(day, day), r => r.Actual(IndicatorCatalog.MentoringSessions) == 1);
        Assert.Equal(1m, after.Actual(IndicatorCatalog.CitizensTrained));
        Assert.Equal(1m, after.Actual(IndicatorCatalog.TrainingHours));
        Assert.Equal(3m, after.Actual(IndicatorCatalog.TopicsDelivered));

        // A newer correction wins.
        await factory.PublishAsync(Register(present: false, now.AddMinutes(5)));
        await Eventually.ValueAsync(() => manager.IndicatorsAsync(day, day), r => r.Actual(IndicatorCatalog.CitizensTrained) == 0);
    }
}
