namespace Hub.Application.Applicants.Commands;

public sealed record FounderDetails(string FullName, string Gender, int BirthYear, string Soum, string Phone, IReadOnlyList<string> Languages);
