using System.Security.Claims;
using Hub.Domain.Common;

namespace Hub.Api.Common.Web;

/// <summary>One entry of the menu and the home page's cards, shown to a person holding any of its roles.</summary>
public sealed record NavigationLink(string Href, Localized Text, params string[] Roles);

/// <summary>
/// The pages each role starts from, in menu order: the layout's menu and the home page both render this one list,
/// so a new page is linked by adding one line here.
/// </summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavigationLink> Links =
    [
        new("/applications", CommonText.MyApplications, Roles.Founder),
        new("/my-mentor", CommonText.MyMentor, Roles.Founder),
        new("/training", CommonText.MyTraining, Roles.Founder),
        new("/seed-capital", CommonText.SeedCapital, Roles.Founder),
        new("/my-grant", CommonText.MyGrant, Roles.Founder),
        new("/demo-days", CommonText.DemoDayResults, Roles.Founder),
        new("/mentoring", CommonText.MyMentorships, Roles.Mentor),
        new("/judging", CommonText.Judging, Roles.Judge, Roles.Mentor),
        new("/evaluation", CommonText.Evaluation, Roles.Evaluator),
        new("/manage/intakes", CommonText.Intakes, Roles.Manager, Roles.Admin),
        new("/manage/applications", CommonText.Applications, Roles.Manager, Roles.Admin),
        new("/manage/matching", CommonText.Matching, Roles.Manager, Roles.Admin),
        new("/manage/demo-days", CommonText.DemoDays, Roles.Manager, Roles.Admin),
        new("/manage/indicators", CommonText.Indicators, Roles.Manager, Roles.Admin),
        new("/manage/training", CommonText.TrainingSessions, Roles.Manager, Roles.Admin, Roles.Trainer),
        new("/manage/calls", CommonText.SeedCapitalCalls, Roles.Manager, Roles.Admin),
        new("/manage/grants", CommonText.Grants, Roles.Manager, Roles.Admin),
        new("/admin", CommonText.Administration, Roles.Admin),
    ];

    public static IEnumerable<NavigationLink> For(ClaimsPrincipal user) =>
        Links.Where(link => link.Roles.Any(user.IsInRole));
}
