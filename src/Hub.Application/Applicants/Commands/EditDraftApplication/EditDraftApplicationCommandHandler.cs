using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Commands.EditDraftApplication;

public sealed class EditDraftApplicationCommandHandler(IRepository<ProgrammeApplication> applications, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<EditDraftApplicationCommand, ApplicantsApplicationDto>
{
    public async ValueTask<ApplicantsApplicationDto> Handle(EditDraftApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = currentUser.EnsureCanWrite(
            await applications.GetByIdAsync(ProgrammeApplicationId.From(command.Id), cancellationToken), command.Id);
        application.EnsureVersion(command.ExpectedVersion);

        var now = clock.GetUtcNow();
        application.EditDraft(command.VentureName, command.Sector.ToSector(), command.Description, command.ToFounderProfile(now), command.ToTeam(), now);
        await applications.SaveChangesAsync(cancellationToken);
        return application.ToDto();
    }
}
