using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Common;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Commands.InviteJudge;

public sealed class InviteJudgeCommandHandler(IRepository<DemoDayEdition> days, ISender sender, TimeProvider clock) : ICommandHandler<InviteJudgeCommand>
{
    public async ValueTask<Unit> Handle(InviteJudgeCommand command, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(command.DemoDayId, cancellationToken);
        day.EnsureVersion(command.ExpectedVersion);
        var person = await sender.Send(new GetPersonQuery(command.UserId), cancellationToken);
        if (person is null || !DemoDayAccess.MayJudge(person.Roles))
        {
            throw new BusinessRuleException("demoday.not-judge-or-mentor", "Only a person with the Judge or Mentor role can judge a Demo Day.");
        }

        day.AddJudge(person.Id, person.FullName, clock.GetUtcNow());
        await days.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
