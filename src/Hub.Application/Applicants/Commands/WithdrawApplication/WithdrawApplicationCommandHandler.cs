using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Commands.WithdrawApplication;

public sealed class WithdrawApplicationCommandHandler(
    IRepository<ProgrammeApplication> applications,
    IRepository<Intake> intakes,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<WithdrawApplicationCommand, string>
{
    public async ValueTask<string> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken) =>
        await applications.ChangeAsync(
            intakes, command.Id, found => currentUser.EnsureCanWrite(found, command.Id), (application, intake) => application.Withdraw(intake, clock.GetUtcNow()), cancellationToken);
}
