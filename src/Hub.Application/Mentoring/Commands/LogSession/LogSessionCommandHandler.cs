using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Commands.LogSession;

public sealed class LogSessionCommandHandler(IRepository<Mentorship> mentorships, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<LogSessionCommand, Guid>
{
    public async ValueTask<Guid> Handle(LogSessionCommand command, CancellationToken cancellationToken)
    {
        var mentorship = currentUser.EnsureIsItsMentor(
            await mentorships.SingleOrDefaultAsync(new MentorshipByIdSpec(MentorshipId.From(command.MentorshipId), tracked: true), cancellationToken),
            command.MentorshipId);
        var session = mentorship.LogSession(
            command.StartedAt, command.DurationMinutes, Enum.Parse<SessionFormat>(command.Format, ignoreCase: true), command.Topics, command.Actions, clock.GetUtcNow());
        await mentorships.SaveChangesAsync(cancellationToken);
        return session.Id;
    }
}
