namespace Hub.Application.Training.Commands.RecordAttendance;

public sealed record AttendanceLine(Guid FounderUserId, string Status);
