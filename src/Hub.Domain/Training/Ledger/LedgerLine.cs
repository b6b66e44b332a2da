using Hub.Domain.Training.TrainingModules;

namespace Hub.Domain.Training.Ledger;

/// <summary>Minutes a person attended: a Present training session (with its module) or a mentoring session (group or one-to-one).</summary>
public sealed record LedgerLine(TrainingModuleId? ModuleId, int Minutes, bool GroupMentoring = false)
{
    public bool IsMentoring => ModuleId is null;

    public static LedgerLine Training(TrainingModuleId moduleId, int minutes) => new(moduleId, minutes);

    public static LedgerLine Mentoring(int minutes, bool group) => new(null, minutes, group);
}
