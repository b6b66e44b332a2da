using Hub.Application.Common.Persistence;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentees;
using Hub.Domain.Mentoring.Mentors;
using Mediator;

namespace Hub.Application.Mentoring.Commands.ErasePersonalData;

public sealed class ErasePersonalDataCommandHandler(IRepository<Mentee> mentees, IRepository<Mentor> mentors) : ICommandHandler<ErasePersonalDataCommand>
{
    public async ValueTask<Unit> Handle(ErasePersonalDataCommand command, CancellationToken cancellationToken)
    {
        foreach (var mentee in await mentees.ListAsync(new MenteeRecordsOfFounderSpec(command.UserId), cancellationToken))
        {
            mentee.ErasePersonalData();
        }

        (await mentors.FirstOrDefaultAsync(new MentorOfUserSpec(command.UserId), cancellationToken))?.ErasePersonalData();
        await mentees.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
