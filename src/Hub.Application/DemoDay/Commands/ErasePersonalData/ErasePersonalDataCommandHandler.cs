using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.ErasePersonalData;

public sealed class ErasePersonalDataCommandHandler(IRepository<DemoDayEdition> days) : ICommandHandler<ErasePersonalDataCommand>
{
    public async ValueTask<Unit> Handle(ErasePersonalDataCommand command, CancellationToken cancellationToken)
    {
        foreach (var day in (await days.ListAsync(new AllDemoDaysSpec(), cancellationToken)).Where(d => d.Judges.Any(j => j.UserId == command.UserId)))
        {
            day.ErasePersonalData(command.UserId);
        }

        await days.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
