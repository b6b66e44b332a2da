namespace Hub.Application.Applicants.Queries.GetApplication;

public sealed record ApplicantsTeamMemberDto(string FullName, string Role);
