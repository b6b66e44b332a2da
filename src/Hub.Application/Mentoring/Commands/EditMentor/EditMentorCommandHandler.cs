using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentors;
using Mediator;

namespace Hub.Application.Mentoring.Commands.EditMentor;

public sealed class EditMentorCommandHandler(IRepository<Mentor> mentors, ICurrentUser currentUser) : ICommandHandler<EditMentorCommand, uint>
{
    public async ValueTask<uint> Handle(EditMentorCommand command, CancellationToken cancellationToken)
    {
        var mentor = currentUser.EnsureStaffOrSelf(
            await mentors.SingleOrDefaultAsync(new MentorByIdSpec(MentorId.From(command.Id), tracked: true), cancellationToken), command.Id);
        if (command.Active is { } active && active != mentor.Active && !currentUser.IsManager())
        {
            throw new ForbiddenException("Only hub staff may activate or deactivate a mentor.");
        }

        mentor.EnsureVersion(command.ExpectedVersion);
        var d = command.Details;
        mentor.Edit(MentorProfile.Create(d.FullName, d.Country, d.TimeZone, d.Languages, d.Expertise, d.Capacity, d.Bio), command.Active ?? mentor.Active);
        await mentors.SaveChangesAsync(cancellationToken);
        return mentor.Version;
    }
}
