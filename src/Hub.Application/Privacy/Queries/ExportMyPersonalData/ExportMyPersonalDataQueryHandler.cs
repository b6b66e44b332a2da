using Hub.Application.Common.Security;
using Hub.Application.Privacy.Queries.ExportPersonalData;
using Mediator;

namespace Hub.Application.Privacy.Queries.ExportMyPersonalData;

public sealed class ExportMyPersonalDataQueryHandler(PersonalDataExport export, ICurrentUser currentUser)
    : IQueryHandler<ExportMyPersonalDataQuery, PrivacyPersonalDataDto>
{
    public async ValueTask<PrivacyPersonalDataDto> Handle(ExportMyPersonalDataQuery query, CancellationToken cancellationToken) =>
        await export.ForAsync(currentUser.RequireId(), cancellationToken);
}
