using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Domain.SeedCapital.Awards;

/// <summary>
/// A short fingerprint of a call's standing as the award rule sees it: every submitted proposal with how many
/// evaluations it has (scored and conflicted), the ranking with its scores, and the amounts funded. A manager's
/// award carries the fingerprint of the ranking they were shown, and is refused when the award would apply another
/// (an evaluation submitted or revised, or a proposal submitted, since): the call's version does not move for those.
/// </summary>
public static class StandingFingerprint
{
    public static string Of(IReadOnlyList<AwardCandidate> candidates, AwardOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(outcome);
        var text = new StringBuilder();
        foreach (var candidate in candidates.OrderBy(c => c.ProposalId))
        {
            var conflicts = candidate.Evaluations.Count(e => e.ConflictOfInterest);
            text.Append(CultureInfo.InvariantCulture, $"p {candidate.ProposalId:N} {candidate.Evaluations.Count - conflicts} {conflicts}\n");
        }

        foreach (var ranked in outcome.Ranking)
        {
            text.Append(CultureInfo.InvariantCulture, $"r {ranked.ProposalId:N} {ranked.Rank} {ranked.Score:0.#########} {ranked.Evaluations}\n");
        }

        foreach (var awarded in outcome.Awarded)
        {
            text.Append(CultureInfo.InvariantCulture, $"a {awarded.ProposalId:N} {awarded.Amount:0.00}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
