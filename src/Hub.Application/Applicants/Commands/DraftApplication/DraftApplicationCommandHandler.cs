using FluentValidation;
using FluentValidation.Results;
using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Commands.DraftApplication;

public sealed class DraftApplicationCommandHandler(
    IRepository<ProgrammeApplication> applications,
    IReadRepository<Intake> intakes,
    ICurrentUser currentUser,
    ISender sender,
    TimeProvider clock) : ICommandHandler<DraftApplicationCommand, DraftedApplication>
{
    public async ValueTask<DraftedApplication> Handle(DraftApplicationCommand command, CancellationToken cancellationToken)
    {
        var founderUserId = await ResolveFounderAsync(command.FounderUserId, cancellationToken);
        var intake = await intakes.GetByIdAsync(IntakeId.From(command.IntakeId), cancellationToken)
            ?? throw new NotFoundException("Intake", command.IntakeId);

        if (await applications.AnyAsync(new LiveApplicationOfFounderSpec(intake.Id, founderUserId), cancellationToken))
        {
            throw new ConflictException($"This founder already has an application to intake '{intake.Name}'; edit or withdraw it instead.");
        }

        var now = clock.GetUtcNow();
        var application = ProgrammeApplication.Draft(
            intake, founderUserId, command.VentureName, command.Sector.ToSector(), command.Description,
            command.ToFounderProfile(now), command.ToTeam(), now);
        await applications.AddAsync(application, cancellationToken);
        return new DraftedApplication(application.Id.Value, application.Status.ToString());
    }

    private async Task<Guid> ResolveFounderAsync(Guid? requested, CancellationToken cancellationToken)
    {
        if (currentUser.IsFounder())
        {
            var self = currentUser.RequireId();
            return requested is null || requested == self
                ? self
                : throw new ForbiddenException("A founder applies only for themself.");
        }

        // Anyone else the request allows (staff, a partner with 'applications:write', the system) applies for a founder.
        if (requested is not { } founderUserId || founderUserId == Guid.Empty)
        {
            throw new ValidationException([new ValidationFailure("founderUserId", "Name the founder's user id when applying on a founder's behalf.")]);
        }

        var person = await sender.Send(new GetPersonQuery(founderUserId), cancellationToken);
        return person is not null && person.Roles.Contains(Roles.Founder)
            ? founderUserId
            : throw new BusinessRuleException("application.founder-unknown", $"User '{founderUserId}' is not a founder's account.");
    }
}
