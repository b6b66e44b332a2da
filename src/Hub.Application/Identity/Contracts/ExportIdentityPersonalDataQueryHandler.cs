using Mediator;

namespace Hub.Application.Identity.Contracts;

public sealed class ExportIdentityPersonalDataQueryHandler(IAccountPersonalData accounts)
    : IQueryHandler<ExportIdentityPersonalDataQuery, IdentityPersonalDataDto?>
{
    public async ValueTask<IdentityPersonalDataDto?> Handle(ExportIdentityPersonalDataQuery query, CancellationToken cancellationToken) =>
        await accounts.ExportAsync(query.UserId, cancellationToken);
}
