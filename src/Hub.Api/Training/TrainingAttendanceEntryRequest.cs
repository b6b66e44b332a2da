using Hub.Api.Common.OpenApi;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Api.Training;

public sealed record TrainingAttendanceEntryRequest(Guid FounderUserId, [property: OpenApiEnum(typeof(AttendanceStatus))] string Status);
