using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Mentoring.Contracts;

/// <summary>Everything Mentoring holds about a person, for their data export.</summary>
[AllowModuleCallers]
public sealed record ExportMentoringPersonalDataQuery(Guid UserId) : IQuery<MentoringPersonalDataDto>;
