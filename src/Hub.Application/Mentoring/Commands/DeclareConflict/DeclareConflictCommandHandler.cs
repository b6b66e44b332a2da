using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentors;
using Mediator;

namespace Hub.Application.Mentoring.Commands.DeclareConflict;

public sealed class DeclareConflictCommandHandler(IRepository<Mentor> mentors, ISender sender, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<DeclareConflictCommand>
{
    public async ValueTask<Unit> Handle(DeclareConflictCommand command, CancellationToken cancellationToken)
    {
        var mentor = await mentors.SingleOrDefaultAsync(new MentorByIdSpec(MentorId.From(command.MentorId), tracked: true), cancellationToken)
            ?? throw new NotFoundException("Mentor", command.MentorId);
        var accepted = await sender.Send(new ListAcceptedApplicationsQuery(ApplicationIds: [command.ApplicationId]), cancellationToken);
        if (accepted.Count == 0)
        {
            throw new NotFoundException("Accepted application", command.ApplicationId);
        }

        mentor.DeclareConflict(command.ApplicationId, command.Reason, currentUser.RequireId(), clock.GetUtcNow());
        await mentors.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
