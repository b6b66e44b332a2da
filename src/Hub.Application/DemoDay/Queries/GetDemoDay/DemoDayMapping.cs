using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Queries.GetDemoDay;

internal static class DemoDayMapping
{
    /// <param name="conflictsOf">Whose declared conflicts to list: null for all of them.</param>
    public static DemoDayDto ToDto(this DemoDayEdition day, Guid? conflictsOf) =>
        new(
            day.Id.Value,
            day.Name,
            day.HeldOn,
            day.Venue,
            day.ScaleMin,
            day.ScaleMax,
            [.. day.Criteria.Select(c => new DemoDayCriterionDto(c.Name, c.Weight))],
            day.Status.ToString(),
            day.ResultsStatus?.ToString(),
            [.. day.Pitches.OrderBy(p => p.Slot).Select(p => new DemoDayPitchDto(p.Id, p.ApplicationId, p.VentureName, p.Slot, p.StartsAt))],
            [.. day.Judges.Select(j => new DemoDayJudgeDto(j.UserId, j.FullName))],
            [.. day.Conflicts.Where(c => conflictsOf is null || c.JudgeUserId == conflictsOf).Select(c => new DemoDayConflictDto(c.JudgeUserId, c.PitchId))],
            [.. day.Awards.Select(a => new DemoDayAwardDto(a.Id, a.Category, a.PitchId))],
            day.Version);
}
