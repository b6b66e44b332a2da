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
    public async ValueTask<string> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken) =>
        await applications.ChangeAsync(
            intakes, command.Id, found => currentUser.EnsureCanWrite(found, command.Id), (application, intake) => application.Submit(intake, clock.GetUtcNow()), cancellationToken);
}
