using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Commands.CloseMentorship;

public sealed class CloseMentorshipCommandHandler(IRepository<Mentorship> mentorships, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CloseMentorshipCommand, string>
{
    public async ValueTask<string> Handle(CloseMentorshipCommand command, CancellationToken cancellationToken)
    {
        var found = await mentorships.SingleOrDefaultAsync(new MentorshipByIdSpec(MentorshipId.From(command.Id), tracked: true), cancellationToken);
        var mentorship = currentUser.IsManager() ? currentUser.EnsureCanSee(found, command.Id) : currentUser.EnsureIsItsMentor(found, command.Id);
        mentorship.Close(command.Outcome, clock.GetUtcNow());
        await mentorships.SaveChangesAsync(cancellationToken);
        return mentorship.Status.ToString();
    }
}
