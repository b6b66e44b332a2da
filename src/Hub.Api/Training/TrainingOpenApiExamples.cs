using Hub.Api.Common.OpenApi;
using Hub.Application.Training.Queries.GetAttendance;
using Hub.Application.Training.Queries.GetFigures;
using Hub.Application.Training.Queries.GetProgress;
using Hub.Application.Training.Queries.ListAttendanceCorrections;
using Hub.Application.Training.Queries.ListParticipants;
using Hub.Application.Training.Queries.ListProgrammes;
using Hub.Application.Training.Queries.ListSessions;
using Hub.Application.Training.Queries.ListTrainingModules;
using Hub.Application.Training.Queries.VerifyCertificate;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.Training;

/// <summary>The training of the spring cohort: module M2 (smart agriculture), a session in Darkhan, a founder's progress.</summary>
internal sealed class TrainingOpenApiExamples : IOpenApiExampleCatalog
{
    private static readonly DateTimeOffset SessionStarts = new(2026, 5, 12, 1, 0, 0, TimeSpan.Zero);

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new TrainingModuleRequest("M2", "Smart agriculture", "Ухаалаг хөдөө аж ахуй", 48,
            [new TrainingTopicRequest("Soil moisture sensors", "Хөрсний чийгийн мэдрэгч", 2.5m), new TrainingTopicRequest("Greenhouse climate control", "Хүлэмжийн уур амьсгалын хяналт", 3m)])),
        TypeExample.Of(new TrainingProgrammeRequest("Spring 2026 cohort", IntakeId)),
        TypeExample.Of(new TrainingSessionRequest(TrainingModuleId, "Soil moisture sensors in practice", SessionStarts, 180, "InPerson", "SAB MULS, Darkhan campus, room 204", null, TrainerUserId)),
        TypeExample.Of(new TrainingAttendanceRequest([new TrainingAttendanceEntryRequest(FounderUserId, "Present")])),
        TypeExample.Of(new TrainingCreatedResponse(SessionId)),
        TypeExample.Of(new TrainingModuleDto(TrainingModuleId, "M2", "Smart agriculture", "Ухаалаг хөдөө аж ахуй", 48,
            [new TrainingTopicDto(TopicId, "Soil moisture sensors", "Хөрсний чийгийн мэдрэгч", 2.5m)])),
        TypeExample.Of(new TrainingProgrammeDto(ProgrammeId, "Spring 2026 cohort", IntakeId, 12, Decided)),
        TypeExample.Of(new TrainingParticipantDto(FounderUserId, ProgrammeApplicationId, "Батбаярын Энхжаргал", Decided)),
        TypeExample.Of(new TrainingSessionDto(SessionId, ProgrammeId, TrainingModuleId, "Soil moisture sensors in practice", SessionStarts,
            new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.FromHours(8)), SessionStarts.AddMinutes(180), "Asia/Ulaanbaatar", 180, "InPerson",
            "SAB MULS, Darkhan campus, room 204", null, TrainerUserId, true)),
        TypeExample.Of(new TrainingAttendanceDto(
            SessionId, [new TrainingAttendanceEntryDto(FounderUserId, "Батбаярын Энхжаргал", "Present", TrainerUserId, SessionStarts.AddMinutes(185), "Darkhan Smart Greenhouse", 9)], 7815)),
        TypeExample.Of(new TrainingAttendanceCorrectionDto(FounderUserId, "Absent", "Excused", ManagerUserId, SessionStarts.AddDays(1), "Gantulga Dorj")),
        TypeExample.Of(new TrainingProgressDto(FounderUserId, 52.5m, 42.5m, 10m,
            [new TrainingModuleProgressDto(TrainingModuleId, "M2", "Smart agriculture", 48, 42.5m, 0.885m, true)],
            [new TrainingCertificateDto("K7MQ3XR9TW2P", TrainingModuleId, 42.5m, new DateOnly(2026, 6, 30))],
            new TrainingGroupMentoringDto(10m, [new TrainingGroupMentoringBlockDto(1, 80, 10m, false)]))),
        TypeExample.Of(new TrainingCertificateVerificationDto("Батбаярын Энхжаргал", "Smart agriculture", 42.5m, new DateOnly(2026, 6, 30))),
        TypeExample.Of(new TrainingFiguresDto(5, 112, 240, 1, 12, 18, 6, 1260m, 9, [new TrainingModuleFiguresDto(TrainingModuleId, "M2", 4, 480m, 9)])),
    ];
}
