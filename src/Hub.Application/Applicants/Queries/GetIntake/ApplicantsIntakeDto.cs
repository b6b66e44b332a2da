namespace Hub.Application.Applicants.Queries.GetIntake;

public sealed record ApplicantsIntakeDto(
    Guid Id,
    string Name,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    int Capacity,
    int AcceptedCount,
    int SeatsLeft,
    string Status,
    DateTimeOffset CreatedAt,
    uint Version);
