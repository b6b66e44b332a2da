namespace Hub.Application.Applicants.Commands;

public sealed record TeamMemberDetails(string FullName, string Role);
