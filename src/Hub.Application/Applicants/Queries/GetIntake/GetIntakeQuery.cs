using Mediator;

namespace Hub.Application.Applicants.Queries.GetIntake;

public sealed record GetIntakeQuery(Guid Id) : IQuery<ApplicantsIntakeDto>;
