using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Commands.ConfirmSession;

public sealed class ConfirmSessionCommandHandler(IRepository<Mentorship> mentorships, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ConfirmSessionCommand>
{
    public async ValueTask<Unit> Handle(ConfirmSessionCommand command, CancellationToken cancellationToken)
    {
        var mentorship = await mentorships.SingleOrDefaultAsync(new MentorshipByIdSpec(MentorshipId.From(command.MentorshipId), tracked: true), cancellationToken);
        if (mentorship is null || !currentUser.IsFounderOf(mentorship))
        {
            throw new NotFoundException("Mentorship", command.MentorshipId);
        }

        if (!mentorship.ConfirmSession(command.SessionId, command.Rating, command.Comment, clock.GetUtcNow()))
        {
            throw new NotFoundException("Session", command.SessionId);
        }

        await mentorships.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
