using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Commands.ErasePersonalData;

public sealed class ErasePersonalDataCommandHandler(IRepository<ProgrammeApplication> applications, TimeProvider clock)
    : ICommandHandler<ErasePersonalDataCommand>
{
    public async ValueTask<Unit> Handle(ErasePersonalDataCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var application in await applications.ListAsync(new ApplicationsOfFounderSpec(command.UserId), cancellationToken))
        {
            application.ErasePersonalData(now);
        }

        await applications.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
