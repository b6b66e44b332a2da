using Hub.Application.Common.Persistence;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ErasePersonalData;

public sealed class ErasePersonalDataCommandHandler(IRepository<Proposal> proposals) : ICommandHandler<ErasePersonalDataCommand>
{
    public async ValueTask<Unit> Handle(ErasePersonalDataCommand command, CancellationToken cancellationToken)
    {
        foreach (var proposal in await proposals.ListAsync(new ProposalsEvaluatedBySpec(command.UserId, tracked: true), cancellationToken))
        {
            proposal.EraseEvaluatorComment(command.UserId);
        }

        await proposals.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
