using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Domain.Common;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.AddPitch;

public sealed class AddPitchCommandHandler(IRepository<DemoDayEdition> days, ISender sender) : ICommandHandler<AddPitchCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddPitchCommand command, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(command.DemoDayId, cancellationToken);
        day.EnsureVersion(command.ExpectedVersion);
        var accepted = await sender.Send(new ListAcceptedApplicationsQuery(ApplicationIds: [command.ApplicationId]), cancellationToken);
        var venture = (accepted.Count > 0 ? accepted[0] : null)
            ?? throw new BusinessRuleException("demoday.not-accepted", $"Application '{command.ApplicationId}' is not an accepted application: only accepted ventures pitch.");
        var pitch = day.AddPitch(venture.ApplicationId, venture.FounderUserId, venture.VentureName, command.Slot, command.StartsAt);
        await days.SaveChangesAsync(cancellationToken);
        return pitch.Id;
    }
}
