using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Jobs;
using Hub.Domain.Mentoring.MatchingRuns;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RequestMatchingRun;

public sealed class RequestMatchingRunCommandHandler(IRepository<MatchingRun> runs, ICurrentUser currentUser, IBackgroundJobs jobs, TimeProvider clock)
    : ICommandHandler<RequestMatchingRunCommand, Guid>
{
    public async ValueTask<Guid> Handle(RequestMatchingRunCommand command, CancellationToken cancellationToken)
    {
        var run = MatchingRun.Queue(
            command.IntakeId,
            [.. command.Pins.Select(p => new PairRef(p.ApplicationId, p.MentorId))],
            [.. command.Forbids.Select(p => new PairRef(p.ApplicationId, p.MentorId))],
            currentUser.RequireId(),
            clock.GetUtcNow());
        await runs.AddAsync(run, cancellationToken);
        var id = run.Id.Value;
        jobs.Enqueue<MatchingRunJob>(job => job.RunAsync(id, CancellationToken.None));
        return id;
    }
}
