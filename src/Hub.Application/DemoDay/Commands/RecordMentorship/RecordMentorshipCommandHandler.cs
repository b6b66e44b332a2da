using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Mentorships;
using Mediator;

namespace Hub.Application.DemoDay.Commands.RecordMentorship;

public sealed class RecordMentorshipCommandHandler(IRepository<KnownMentorship> mentorships, TimeProvider clock) : ICommandHandler<RecordMentorshipCommand>
{
    public async ValueTask<Unit> Handle(RecordMentorshipCommand command, CancellationToken cancellationToken)
    {
        if (!await mentorships.AnyAsync(new KnownMentorshipByIdSpec(command.MentorshipId), cancellationToken))
        {
            await mentorships.AddAsync(KnownMentorship.Record(command.MentorshipId, command.MentorUserId, command.ApplicationId, clock.GetUtcNow()), cancellationToken);
        }

        return Unit.Value;
    }
}
