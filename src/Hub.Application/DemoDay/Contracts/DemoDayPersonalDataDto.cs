using Hub.Application.DemoDay.Commands.SubmitScoreSheet;

namespace Hub.Application.DemoDay.Contracts;

/// <summary>Everything DemoDay holds about a person: their pitches and results, and as a judge their panels and score sheets.</summary>
public sealed record DemoDayPersonalDataDto(
    IReadOnlyList<DemoDayPersonalPitchDto> Pitches, IReadOnlyList<DemoDayPersonalJudgeDto> Panels, IReadOnlyList<DemoDayScoreSheetDto> ScoreSheets);
