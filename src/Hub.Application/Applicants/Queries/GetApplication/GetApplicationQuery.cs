using Mediator;

namespace Hub.Application.Applicants.Queries.GetApplication;

public sealed record GetApplicationQuery(Guid Id) : IQuery<ApplicantsApplicationDto>;
