using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.SeedCapital.Grants;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ReportMilestone;

public sealed class ReportMilestoneCommandHandler(IRepository<Grant> grants, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ReportMilestoneCommand, string>
{
    public async ValueTask<string> Handle(ReportMilestoneCommand command, CancellationToken cancellationToken)
    {
        var grant = await grants.RequireAsync(command.GrantId, cancellationToken);
        var founderId = currentUser.RequireId();
        if (grant.FounderUserId != founderId)
        {
            throw new NotFoundException("Grant", command.GrantId);
        }

        grant.ReportMilestone(command.Number, command.Report, command.JobsCreated, founderId, clock.GetUtcNow());
        await grants.SaveChangesAsync(cancellationToken);
        return grant.TrancheNumber(command.Number).Status.ToString();
    }
}
