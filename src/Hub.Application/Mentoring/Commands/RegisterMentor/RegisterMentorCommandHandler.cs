using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Common;
using Hub.Domain.Mentoring.Mentors;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RegisterMentor;

public sealed class RegisterMentorCommandHandler(IRepository<Mentor> mentors, ISender sender, TimeProvider clock) : ICommandHandler<RegisterMentorCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterMentorCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await mentors.AnyAsync(new MentorByEmailSpec(email), cancellationToken))
        {
            throw new ConflictException($"A mentor with the e-mail '{email}' is already in the directory.");
        }

        var details = command.Details;
        var profile = MentorProfile.Create(details.FullName, details.Country, details.TimeZone, details.Languages, details.Expertise, details.Capacity, details.Bio);
        var userId = await sender.Send(new EnsureStaffAccountCommand(email, profile.FullName, Roles.Mentor), cancellationToken);
        var mentor = Mentor.Register(userId, email, profile, clock.GetUtcNow());
        await mentors.AddAsync(mentor, cancellationToken);
        return mentor.Id.Value;
    }
}
