using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.DeclareConflict;

public sealed class DeclareConflictCommandHandler(IRepository<DemoDayEdition> days, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<DeclareConflictCommand>
{
    public async ValueTask<Unit> Handle(DeclareConflictCommand command, CancellationToken cancellationToken)
    {
        var day = currentUser.EnsureCanSee(await days.GetByIdAsync(DemoDayEditionId.From(command.DemoDayId), cancellationToken), command.DemoDayId);
        if (!currentUser.IsManager() && currentUser.EnsureJudgeOf(day) != command.JudgeUserId)
        {
            throw new ForbiddenException("A judge declares only their own conflicts.");
        }

        day.EnsureVersion(command.ExpectedVersion);
        day.DeclareConflict(command.JudgeUserId, command.PitchId, currentUser.RequireId(), clock.GetUtcNow());
        await days.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
