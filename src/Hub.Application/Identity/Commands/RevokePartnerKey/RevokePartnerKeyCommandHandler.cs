using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.Identity.PartnerKeys;
using Mediator;

namespace Hub.Application.Identity.Commands.RevokePartnerKey;

public sealed class RevokePartnerKeyCommandHandler(IRepository<PartnerKey> keys, TimeProvider clock) : ICommandHandler<RevokePartnerKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokePartnerKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await keys.GetByIdAsync(PartnerKeyId.From(command.Id), cancellationToken)
            ?? throw new NotFoundException("Partner key", command.Id);
        key.Revoke(clock.GetUtcNow());
        await keys.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
