using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Identity.PartnerKeys;
using Mediator;

namespace Hub.Application.Identity.Commands.IssuePartnerKey;

public sealed class IssuePartnerKeyCommandHandler(IRepository<PartnerKey> keys, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<IssuePartnerKeyCommand, IssuedPartnerKey>
{
    public async ValueTask<IssuedPartnerKey> Handle(IssuePartnerKeyCommand command, CancellationToken cancellationToken)
    {
        var (key, prefix, hash) = PartnerKeySecret.Generate();
        var partnerKey = PartnerKey.Issue(command.Name, command.Scopes, prefix, hash, currentUser.RequireId(), clock.GetUtcNow());
        await keys.AddAsync(partnerKey, cancellationToken);
        return new IssuedPartnerKey(partnerKey.Id.Value, key);
    }
}
