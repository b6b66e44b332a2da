using Hub.Application.Common.Messaging;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Application.Training.Contracts;
using Hub.Domain.Reporting;
using Hub.Domain.Reporting.Indicators;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

/// <summary>
/// A register was taken or corrected: one attendance line per founder it names (Present, or NotPresent for absent
/// and excused), the session as delivered and its module's topics.
/// </summary>
public sealed class TrainingAttendanceRecordedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<TrainingAttendanceRecordedIntegrationEvent>
{
    public const string NotPresent = "NotPresent";

    public async ValueTask Handle(TrainingAttendanceRecordedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var recordedAt = Facts.When(integrationEvent.OccurredAt, clock);
        var heldAt = integrationEvent.SessionStartsAt ?? recordedAt;
        var hours = Facts.Hours(integrationEvent.DurationMinutes);
        var present = (integrationEvent.PresentUserIds ?? []).ToHashSet();
        var session = integrationEvent.SessionId;
        List<ReportedFact> facts =
        [
            Facts.Of(FactKinds.TrainingSession, session, string.Empty, null, integrationEvent.ModuleId, integrationEvent.ProgrammeId, string.Empty, hours, heldAt, recordedAt),
            .. integrationEvent.FounderUserIds.Distinct().Select(founder => present.Contains(founder)
                ? Facts.Of(FactKinds.Attendance, session, $":{founder:N}", founder, integrationEvent.ModuleId, integrationEvent.ProgrammeId, IndicatorCalculator.Present, hours, heldAt, recordedAt)
                : Facts.Of(FactKinds.Attendance, session, $":{founder:N}", founder, integrationEvent.ModuleId, integrationEvent.ProgrammeId, NotPresent, 0, heldAt, recordedAt)),
        ];
        if (integrationEvent.ModuleTopicCount > 0)
        {
            facts.Add(Facts.Of(FactKinds.TrainingModule, integrationEvent.ModuleId, string.Empty, null, null, null, string.Empty, integrationEvent.ModuleTopicCount, heldAt, recordedAt));
        }

        await sender.Send(new RecordFactsCommand(facts), cancellationToken);
    }
}
