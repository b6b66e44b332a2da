using Hub.Application.Common.Persistence;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.OpenScoring;

public sealed class OpenScoringCommandHandler(IRepository<DemoDayEdition> days) : ICommandHandler<OpenScoringCommand>
{
    public async ValueTask<Unit> Handle(OpenScoringCommand command, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(command.DemoDayId, cancellationToken);
        day.EnsureVersion(command.ExpectedVersion);
        day.OpenScoring();
        await days.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
