using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.Common;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.ExchangeRates;
using Hub.Domain.SeedCapital.Grants;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ApproveTranche;

public sealed class ApproveTrancheCommandHandler(
    IRepository<Grant> grants,
    IReadRepository<ExchangeRate> rates,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<ApproveTrancheCommand, string>
{
    public async ValueTask<string> Handle(ApproveTrancheCommand command, CancellationToken cancellationToken)
    {
        var grant = await grants.RequireAsync(command.GrantId, cancellationToken);
        grant.EnsureVersion(command.ExpectedVersion);
        grant.EnsureAwaitingApproval(command.Number);
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var unitsPerEur = grant.Amount.Currency == Currency.EUR
            ? 1m
            : (await rates.FirstOrDefaultAsync(new ExchangeRateOnDaySpec(grant.Amount.Currency, day), cancellationToken))?.UnitsPerEur
                ?? throw new BusinessRuleException(
                    "exchange-rate.missing",
                    $"No {grant.Amount.Currency}/EUR rate is recorded for {day:yyyy-MM-dd}: record it first (PUT /api/v1/exchange-rates/{grant.Amount.Currency}/{day:yyyy-MM-dd}), then approve the tranche.");

        grant.ReleaseTranche(command.Number, unitsPerEur, day, currentUser.RequireId(), now);
        await grants.SaveChangesAsync(cancellationToken);
        return grant.TrancheNumber(command.Number).Status.ToString();
    }
}
