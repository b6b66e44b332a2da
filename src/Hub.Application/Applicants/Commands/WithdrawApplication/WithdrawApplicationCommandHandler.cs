using Hub.Application.Common.Exceptions;
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
    public async ValueTask<string> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = currentUser.EnsureCanWrite(
            await applications.GetByIdAsync(ProgrammeApplicationId.From(command.Id), cancellationToken), command.Id);
        var intake = await intakes.GetByIdAsync(application.IntakeId, cancellationToken)
            ?? throw new NotFoundException("Intake", application.IntakeId.Value);

        application.Withdraw(intake, clock.GetUtcNow());
        await applications.SaveChangesAsync(cancellationToken);
        return application.Status.ToString();
    }
}
