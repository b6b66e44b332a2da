using Hub.Application.Common.Persistence;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.PublishResults;

public sealed class PublishResultsCommandHandler(IRepository<DemoDayEdition> days, TimeProvider clock) : ICommandHandler<PublishResultsCommand, string>
{
    public async ValueTask<string> Handle(PublishResultsCommand command, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(command.DemoDayId, cancellationToken);
        day.EnsureVersion(command.ExpectedVersion);
        day.Publish(clock.GetUtcNow());
        await days.SaveChangesAsync(cancellationToken);
        return day.Status.ToString();
    }
}
