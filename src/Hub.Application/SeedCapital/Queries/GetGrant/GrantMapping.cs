using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Grants;

namespace Hub.Application.SeedCapital.Queries.GetGrant;

internal static class GrantMapping
{
    public static SeedCapitalGrantDto ToDto(this Grant grant) =>
        new(
            grant.Id.Value,
            grant.CallId.Value,
            grant.ProposalId.Value,
            grant.FounderUserId,
            grant.VentureName,
            SeedCapitalMoneyDto.From(grant.Amount),
            SeedCapitalMoneyDto.From(grant.Released),
            grant.AwardedAt,
            [.. grant.Tranches.OrderBy(t => t.Number).Select(t => new SeedCapitalTrancheDto(
                t.Number,
                t.Milestone,
                t.DueOn,
                SeedCapitalMoneyDto.From(t.Amount, grant.Amount.Currency),
                t.Status.ToString(),
                t.Report,
                t.ReportedAt,
                t.JobsCreated,
                t.Disbursement is { } d
                    ? new SeedCapitalDisbursementDto(SeedCapitalMoneyDto.From(d.Amount), SeedCapitalMoneyDto.From(d.EurAmount, Currency.EUR), d.UnitsPerEur, d.RateDate, d.ReleasedBy, d.ReleasedAt)
                    : null))],
            [.. grant.AuditTrail.OrderBy(a => a.At).Select(a => new SeedCapitalAuditEntryDto(a.At, a.By, a.Action, a.Detail))],
            grant.Version);
}
