using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Calls;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AppointEvaluator;

public sealed class AppointEvaluatorCommandHandler(IRepository<CallForProposals> calls, ISender sender) : ICommandHandler<AppointEvaluatorCommand, uint>
{
    public async ValueTask<uint> Handle(AppointEvaluatorCommand command, CancellationToken cancellationToken)
    {
        var call = await calls.RequireAsync(command.CallId, cancellationToken);
        call.EnsureVersion(command.ExpectedVersion);
        var person = await sender.Send(new GetPersonQuery(command.UserId), cancellationToken);
        if (person is null || !person.Roles.Contains(Roles.Evaluator))
        {
            throw new BusinessRuleException("call.not-an-evaluator", $"No person with the Evaluator role has the id '{command.UserId}'; only evaluators sit on a call's committee.");
        }

        call.AppointEvaluator(command.UserId);
        await calls.SaveChangesAsync(cancellationToken);
        return call.Version;
    }
}
