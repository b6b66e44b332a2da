using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Queries.GetApplication;

public sealed class GetApplicationQueryHandler(IReadRepository<ProgrammeApplication> applications, ICurrentUser currentUser)
    : IQueryHandler<GetApplicationQuery, ApplicantsApplicationDto>
{
    public async ValueTask<ApplicantsApplicationDto> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await applications.SingleOrDefaultAsync(new ApplicationByIdSpec(ProgrammeApplicationId.From(query.Id)), cancellationToken);
        return application is not null && currentUser.CanRead(application)
            ? application.ToDto()
            : throw new NotFoundException("Application", query.Id);
    }
}
