using Hub.Domain.Common;

namespace Hub.Domain.DemoDay.ScoreSheets;

public readonly record struct ScoreSheetId(Guid Value) : IStronglyTypedId<ScoreSheetId>
{
    public static ScoreSheetId New() => new(Guid.CreateVersion7());

    public static ScoreSheetId From(Guid value) => new(value);
}
