using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay;

/// <summary>Who may see which Demo Day: staff all of them, a judge the days they judge, everyone else published ones.</summary>
internal static class DemoDayAccess
{
    public static bool JudgesOn(this ICurrentUser user, DemoDayEdition day) =>
        !user.IsPartner && user.Id is { } id && day.IsJudge(id);

    public static bool CanSee(this ICurrentUser user, DemoDayEdition day) =>
        user.IsManager() || user.JudgesOn(day) || day.Status == DemoDayStatus.Published;

    /// <summary>A day the caller may not see is answered as unknown.</summary>
    public static DemoDayEdition EnsureCanSee(this ICurrentUser user, DemoDayEdition? day, Guid id) =>
        day is not null && user.CanSee(day) ? day : throw new NotFoundException("Demo Day", id);

    /// <summary>For a judge's own actions: the day must be one they judge (a day they cannot see is unknown).</summary>
    public static Guid EnsureJudgeOf(this ICurrentUser user, DemoDayEdition day)
    {
        if (!user.JudgesOn(day))
        {
            throw new ForbiddenException("Only the judges of this Demo Day may do this.");
        }

        return user.RequireId();
    }

    public static bool MayJudge(IReadOnlyList<string> roles) => roles.Contains(Roles.Judge) || roles.Contains(Roles.Mentor);
}
