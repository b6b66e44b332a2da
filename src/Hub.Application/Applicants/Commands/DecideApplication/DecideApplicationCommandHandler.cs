using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Commands.DecideApplication;

public sealed class DecideApplicationCommandHandler(
    IRepository<ProgrammeApplication> applications,
    IRepository<Intake> intakes,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<DecideApplicationCommand, string>
{
    // Accepting changes the intake's seat count too: two managers taking the last seat at once get a 409.
    public async ValueTask<string> Handle(DecideApplicationCommand command, CancellationToken cancellationToken) =>
        await applications.ChangeAsync(
            intakes,
            command.Id,
            found => found ?? throw new NotFoundException("Application", command.Id),
            (application, intake) =>
            {
                application.EnsureVersion(command.ExpectedVersion);
                application.Decide(intake, EnumNames.Parse<DecisionOutcome>(command.Decision, "decision"), command.Reason, currentUser.RequireId(), clock.GetUtcNow());
            },
            cancellationToken);
}
