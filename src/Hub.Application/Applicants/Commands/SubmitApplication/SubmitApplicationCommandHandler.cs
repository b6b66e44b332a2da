using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Commands.SubmitApplication;

public sealed class SubmitApplicationCommandHandler(
    IRepository<ProgrammeApplication> applications,
    IRepository<Intake> intakes,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<SubmitApplicationCommand, string>
{
    public async ValueTask<string> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var (application, intake) = await applications.LoadForChangeAsync(
            intakes, command.Id, found => currentUser.EnsureCanWrite(found, command.Id), cancellationToken);
        application.Submit(intake, clock.GetUtcNow());
        await applications.SaveChangesAsync(cancellationToken);
        return application.Status.ToString();
    }
}
