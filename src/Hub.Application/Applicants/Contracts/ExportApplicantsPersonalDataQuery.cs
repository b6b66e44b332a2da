using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Contracts;

/// <summary>Everything Applicants holds about a person, for their data export.</summary>
[AllowModuleCallers]
public sealed record ExportApplicantsPersonalDataQuery(Guid UserId) : IQuery<ApplicantsPersonalDataDto>;
