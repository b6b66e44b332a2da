namespace Hub.Application.SeedCapital.Contracts;

/// <summary>
/// A funded proposal of an awarded call, in the call's currency; <see cref="AmountMnt"/> and <see cref="AmountEur"/>
/// (at the euro rate of the award day, the latest before it or else the first after it; null when none is recorded) feed the donor report.
/// </summary>
public sealed record CallAwardedGrant(Guid ProposalId, int Rank, decimal Amount, Guid FounderUserId = default, decimal? AmountMnt = null, decimal? AmountEur = null);
