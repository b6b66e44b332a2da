using Hub.Domain.Common;
using Hub.Domain.Training.TrainingSessions;
using Hub.Domain.Training.TrainingSessions.Events;
using static Hub.Domain.Tests.Training.TrainingTestData;

namespace Hub.Domain.Tests.Training.TrainingSessions;

public sealed class TrainingSessionAttendanceTests
{
    private static readonly Guid Ada = Guid.CreateVersion7();
    private static readonly Guid Bat = Guid.CreateVersion7();

    [Fact]
    public void Records_the_whole_register_and_raises_one_event_naming_who_changed()
    {
        var programme = Programme(Ada, Bat);
        var session = Session(programme);

        var changed = session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Present), new(Bat, AttendanceStatus.Excused)], Trainer, Now);

        Assert.Equal([Ada, Bat], changed);
        Assert.Equal(AttendanceStatus.Present, session.StatusOf(Ada));
        Assert.Equal(AttendanceStatus.Excused, session.StatusOf(Bat));
        Assert.Empty(session.Corrections);
        var raised = Assert.IsType<AttendanceRecordedDomainEvent>(Assert.Single(session.DomainEvents));
        Assert.Equal([Ada, Bat], raised.FounderUserIds);
    }

    [Fact]
    public void A_late_correction_is_audited_with_who_when_old_and_new()
    {
        var programme = Programme(Ada, Bat);
        var session = Session(programme);
        session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Absent), new(Bat, AttendanceStatus.Present)], Trainer, Now);

        var changed = session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Present), new(Bat, AttendanceStatus.Present)], Manager, Now.AddDays(3));

        Assert.Equal([Ada], changed);
        var correction = Assert.Single(session.Corrections);
        Assert.Equal((Ada, AttendanceStatus.Absent, AttendanceStatus.Present, Manager, Now.AddDays(3)),
            (correction.FounderUserId, correction.OldStatus, correction.NewStatus, correction.CorrectedBy, correction.CorrectedAt));
        Assert.Equal(AttendanceStatus.Present, session.StatusOf(Ada));
    }

    [Fact]
    public void Sending_the_same_register_again_changes_nothing_and_raises_nothing()
    {
        var programme = Programme(Ada);
        var session = Session(programme);
        session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Present)], Trainer, Now);
        session.ClearDomainEvents();

        Assert.Empty(session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Present)], Trainer, Now.AddMinutes(5)));
        Assert.Empty(session.DomainEvents);
        Assert.Empty(session.Corrections);
    }

    [Fact]
    public void A_person_not_enrolled_in_the_programme_is_refused_and_nothing_is_recorded()
    {
        var programme = Programme(Ada);
        var session = Session(programme);
        var stranger = Guid.CreateVersion7();

        var ex = Assert.Throws<BusinessRuleException>(() => session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Present), new(stranger, AttendanceStatus.Present)], Trainer, Now));

        Assert.Equal("attendance.not-enrolled", ex.Code);
        Assert.Contains(stranger.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Null(session.StatusOf(Ada));
    }

    [Fact]
    public void Attendance_is_taken_once_the_session_has_started()
    {
        var programme = Programme(Ada);
        var session = Session(programme, startsAt: Now.AddMinutes(1));

        Assert.Equal("session.not-started", Assert.Throws<BusinessRuleException>(() => session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Present)], Trainer, Now)).Code);
        Assert.Single(session.RecordAttendance(programme, [new(Ada, AttendanceStatus.Present)], Trainer, Now.AddMinutes(1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(721)]
    public void A_duration_outside_1_to_720_minutes_is_refused(int minutes) =>
        Assert.Equal("durationMinutes", Assert.Throws<InvalidValueException>(() => Session(Programme(), minutes: minutes)).Field);

    [Fact]
    public void A_session_may_start_in_the_past_and_last_720_minutes() =>
        Assert.Equal(720, Session(Programme(), startsAt: Now.AddYears(-1), minutes: 720).DurationMinutes);

    [Fact]
    public void A_webinar_needs_an_http_link()
    {
        var programme = Programme();
        var ex = Assert.Throws<InvalidValueException>(() =>
            TrainingSession.Schedule(programme, Module(), "Webinar", Now, 60, SessionMode.Webinar, null, "javascript:alert(1)", Trainer, Manager, Now));
        Assert.Equal("link", ex.Field);
    }

    [Fact]
    public void Each_participant_is_reminded_once_of_a_session_within_the_day()
    {
        var programme = Programme(Ada);
        var session = Session(programme, startsAt: Now.AddHours(23));

        Assert.True(session.IsDueForReminder(Ada, Now, TimeSpan.FromHours(24)));
        Assert.True(session.RecordReminder(Ada, Now));
        Assert.False(session.IsDueForReminder(Ada, Now.AddHours(1), TimeSpan.FromHours(24)));
        Assert.False(session.RecordReminder(Ada, Now.AddHours(1)));
        Assert.False(Session(programme, startsAt: Now.AddHours(25)).IsDueForReminder(Ada, Now, TimeSpan.FromHours(24)));
    }
}
