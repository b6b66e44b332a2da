using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.CreateCall;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record CreateCallCommand(
    string Title,
    string? Kind,
    MoneyInput Budget,
    MoneyInput MaxGrant,
    decimal MinScore,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset? EvaluationDeadline,
    IReadOnlyList<CallCriterionInput> Criteria,
    bool AllowTeamsWithoutApplication) : ICommand<CreatedCall>;
