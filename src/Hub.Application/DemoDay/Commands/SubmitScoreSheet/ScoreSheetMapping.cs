using Hub.Domain.DemoDay.ScoreSheets;

namespace Hub.Application.DemoDay.Commands.SubmitScoreSheet;

internal static class ScoreSheetMapping
{
    public static DemoDayScoreSheetDto ToDto(this ScoreSheet sheet) =>
        new(sheet.PitchId, sheet.JudgeUserId, sheet.Current.Scores, sheet.Current.WeightedScore, sheet.Current.Revision, sheet.Current.SubmittedAt, sheet.Version);
}
