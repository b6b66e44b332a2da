using Mediator;

namespace Hub.Application.Privacy.Queries.ExportPersonalData;

public sealed class ExportPersonalDataQueryHandler(PersonalDataExport export) : IQueryHandler<ExportPersonalDataQuery, PrivacyPersonalDataDto>
{
    public async ValueTask<PrivacyPersonalDataDto> Handle(ExportPersonalDataQuery query, CancellationToken cancellationToken) =>
        await export.ForAsync(query.UserId, cancellationToken);
}
