using Hub.Api.Common.OpenApi;
using Hub.Application.Training.Queries.GetAttendance;
using Hub.Application.Training.Queries.ListAttendanceCorrections;
using Hub.Application.Training.Queries.ListSessions;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Api.Training;

/// <summary>The Training DTOs' strings that come from a fixed list, as enums in the OpenAPI document.</summary>
internal sealed class TrainingOpenApiEnums : IOpenApiEnumCatalog
{
    public static IEnumerable<OpenApiEnumProperty> Properties =>
    [
        OpenApiEnumProperty.For<TrainingSessionDto>(nameof(TrainingSessionDto.Mode), OpenApiEnum.Of<SessionMode>()),
        OpenApiEnumProperty.For<TrainingAttendanceEntryDto>(nameof(TrainingAttendanceEntryDto.Status), OpenApiEnum.Of<AttendanceStatus>()),
        OpenApiEnumProperty.For<TrainingAttendanceCorrectionDto>(nameof(TrainingAttendanceCorrectionDto.OldStatus), OpenApiEnum.Of<AttendanceStatus>()),
        OpenApiEnumProperty.For<TrainingAttendanceCorrectionDto>(nameof(TrainingAttendanceCorrectionDto.NewStatus), OpenApiEnum.Of<AttendanceStatus>()),
    ];
}
