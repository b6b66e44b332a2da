using Hub.Application.Identity.Contracts;
using Hub.Application.SeedCapital.Commands.AppointEvaluator;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AppointEvaluatorByEmail;

public sealed class AppointEvaluatorByEmailCommandHandler(ISender sender) : ICommandHandler<AppointEvaluatorByEmailCommand, uint>
{
    public async ValueTask<uint> Handle(AppointEvaluatorByEmailCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var person = await sender.Send(new FindPersonByEmailQuery(email), cancellationToken);
        if (person is null || !person.Roles.Contains(Roles.Evaluator))
        {
            throw new BusinessRuleException("call.not-an-evaluator", $"No person with the Evaluator role has the e-mail '{email}'; only evaluators sit on a call's committee.");
        }

        return await sender.Send(new AppointEvaluatorCommand(command.CallId, person.Id, command.ExpectedVersion), cancellationToken);
    }
}
