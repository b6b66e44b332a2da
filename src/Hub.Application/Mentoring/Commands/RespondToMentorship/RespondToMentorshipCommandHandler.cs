using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RespondToMentorship;

public sealed class RespondToMentorshipCommandHandler(IRepository<Mentorship> mentorships, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RespondToMentorshipCommand, string>
{
    public async ValueTask<string> Handle(RespondToMentorshipCommand command, CancellationToken cancellationToken)
    {
        var mentorship = currentUser.EnsureIsItsMentor(
            await mentorships.SingleOrDefaultAsync(new MentorshipByIdSpec(MentorshipId.From(command.Id), tracked: true), cancellationToken), command.Id);
        if (command.Accept)
        {
            mentorship.Accept(clock.GetUtcNow());
        }
        else
        {
            mentorship.Decline(clock.GetUtcNow());
        }

        await mentorships.SaveChangesAsync(cancellationToken);
        return mentorship.Status.ToString();
    }
}
