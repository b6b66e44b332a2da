namespace Hub.Api.Applicants;

public sealed record ScheduleIntakeRequest(string Name, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Capacity);
