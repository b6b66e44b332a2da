namespace Hub.Api.Applicants;

public sealed record ScheduleIntakeRequest(string Name, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Capacity);

public sealed record IntakeCreatedResponse(Guid Id, string Status);

public sealed record FounderRequest(string FullName, string Gender, int BirthYear, string Soum, string Phone, IReadOnlyList<string>? Languages);

public sealed record TeamMemberRequest(string FullName, string Role);

/// <summary>An application as a founder writes it; <see cref="FounderUserId"/> only when staff or a partner applies for a founder.</summary>
public sealed record ApplicationRequest(
    Guid IntakeId,
    Guid? FounderUserId,
    string VentureName,
    string Sector,
    string Description,
    FounderRequest? Founder,
    IReadOnlyList<TeamMemberRequest>? TeamMembers);

public sealed record ApplicationEditRequest(
    string VentureName,
    string Sector,
    string Description,
    FounderRequest? Founder,
    IReadOnlyList<TeamMemberRequest>? TeamMembers);

public sealed record DecisionRequest(string Decision, string Reason);

public sealed record ApplicationStatusResponse(Guid Id, string Status);
