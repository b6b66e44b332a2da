using Hub.Application.Applicants.Queries.GetApplication;

namespace Hub.Application.Applicants.Contracts;

/// <summary>Every application a person made, with the founder's details and team as they gave them.</summary>
public sealed record ApplicantsPersonalDataDto(IReadOnlyList<ApplicantsApplicationDto> Applications);
