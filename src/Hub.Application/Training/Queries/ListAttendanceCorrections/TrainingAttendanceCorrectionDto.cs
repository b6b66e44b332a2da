namespace Hub.Application.Training.Queries.ListAttendanceCorrections;

/// <summary>A change to an attendance already recorded: whose, from what to what, by whom (their name while their account exists) and when.</summary>
public sealed record TrainingAttendanceCorrectionDto(
    Guid FounderUserId, string OldStatus, string NewStatus, Guid CorrectedBy, DateTimeOffset CorrectedAt, string? CorrectedByName = null);
