namespace Hub.Application.Applicants.Queries.GetApplication;

public sealed record ApplicantsFounderDto(string FullName, string Gender, int BirthYear, string Soum, string Phone, IReadOnlyList<string> Languages);
