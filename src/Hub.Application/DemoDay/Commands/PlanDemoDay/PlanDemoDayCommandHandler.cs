using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.PlanDemoDay;

public sealed class PlanDemoDayCommandHandler(IRepository<DemoDayEdition> days, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<PlanDemoDayCommand, Guid>
{
    public async ValueTask<Guid> Handle(PlanDemoDayCommand command, CancellationToken cancellationToken)
    {
        var day = DemoDayEdition.Plan(
            command.Name, command.HeldOn, command.Venue, command.ScaleMin, command.ScaleMax,
            command.Criteria.Select(c => new Criterion(c.Name, c.Weight)), currentUser.RequireId(), clock.GetUtcNow());
        await days.AddAsync(day, cancellationToken);
        return day.Id.Value;
    }
}
