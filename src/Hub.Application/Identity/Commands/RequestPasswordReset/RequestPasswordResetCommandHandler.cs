using Hub.Application.Common.Jobs;
using Hub.Application.Identity.Jobs;
using Mediator;

namespace Hub.Application.Identity.Commands.RequestPasswordReset;

public sealed class RequestPasswordResetCommandHandler(IBackgroundJobs jobs) : ICommandHandler<RequestPasswordResetCommand>
{
    public ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        // The account is looked up and the token made in the job, not here: a known and an unknown e-mail take the same
        // work and the same time to answer, and the token is never stored in the job's arguments.
        var email = command.Email.Trim();
        jobs.Enqueue<PasswordResetEmailJob>(job => job.SendAsync(email, CancellationToken.None));
        return ValueTask.FromResult(Unit.Value);
    }
}
