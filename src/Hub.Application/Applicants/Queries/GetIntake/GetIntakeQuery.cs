using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Queries.GetIntake;

[AllowAnonymousCallers]
public sealed record GetIntakeQuery(Guid Id) : IQuery<ApplicantsIntakeDto>;
