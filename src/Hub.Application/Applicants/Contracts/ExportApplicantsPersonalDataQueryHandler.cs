using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Contracts;

public sealed class ExportApplicantsPersonalDataQueryHandler(IReadRepository<ProgrammeApplication> applications)
    : IQueryHandler<ExportApplicantsPersonalDataQuery, ApplicantsPersonalDataDto>
{
    public async ValueTask<ApplicantsPersonalDataDto> Handle(ExportApplicantsPersonalDataQuery query, CancellationToken cancellationToken) =>
        new([.. (await applications.ListAsync(new ApplicationsOfFounderSpec(query.UserId), cancellationToken)).Select(a => a.ToDto())]);
}
