using Hub.Application.Common.Persistence;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.GiveAward;

public sealed class GiveAwardCommandHandler(IRepository<DemoDayEdition> days, TimeProvider clock) : ICommandHandler<GiveAwardCommand, Guid>
{
    public async ValueTask<Guid> Handle(GiveAwardCommand command, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(command.DemoDayId, cancellationToken);
        day.EnsureVersion(command.ExpectedVersion);
        var award = day.Award(command.Category, command.PitchId, clock.GetUtcNow());
        await days.SaveChangesAsync(cancellationToken);
        return award.Id;
    }
}
