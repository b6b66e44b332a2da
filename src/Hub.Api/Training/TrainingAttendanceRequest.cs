namespace Hub.Api.Training;

public sealed record TrainingAttendanceRequest(IReadOnlyList<TrainingAttendanceEntryRequest>? Entries);
