using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.ComputeResults;

public sealed class ComputePendingResultsCommandHandler(IReadRepository<DemoDayEdition> days, ISender sender, TimeProvider clock)
    : ICommandHandler<ComputePendingResultsCommand>
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public async ValueTask<Unit> Handle(ComputePendingResultsCommand command, CancellationToken cancellationToken)
    {
        foreach (var day in await days.ListAsync(new PendingResultsSpec(clock.GetUtcNow() - Grace), cancellationToken))
        {
            await sender.Send(new ComputeResultsCommand(day.Id.Value), cancellationToken);
        }

        return Unit.Value;
    }
}
