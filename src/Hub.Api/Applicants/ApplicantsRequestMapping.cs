using Hub.Application.Applicants.Commands;

namespace Hub.Api.Applicants;

internal static class ApplicantsRequestMapping
{
    public static FounderDetails ToDetails(this FounderRequest? founder) =>
        founder is null
            ? null!
            : new FounderDetails(founder.FullName, founder.Gender, founder.BirthYear, founder.Soum, founder.Phone, founder.Languages ?? []);

    public static IReadOnlyList<TeamMemberDetails> ToDetails(this IReadOnlyList<TeamMemberRequest>? team) =>
        team?.Select(m => new TeamMemberDetails(m?.FullName!, m?.Role!)).ToList() ?? [];
}
