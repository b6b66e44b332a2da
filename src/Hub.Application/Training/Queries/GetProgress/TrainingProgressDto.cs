namespace Hub.Application.Training.Queries.GetProgress;

/// <summary>
/// A founder's learning ledger: <c>totalHours</c> = attended training + mentoring; per module the attended hours, the
/// share of planned hours and whether it is completed (a module stays completed once its certificate is issued).
/// </summary>
public sealed record TrainingProgressDto(
    Guid FounderUserId, decimal TotalHours, decimal TrainingHours, decimal MentoringHours,
    IReadOnlyList<TrainingModuleProgressDto> Modules, IReadOnlyList<TrainingCertificateDto> Certificates, TrainingGroupMentoringDto GroupMentoring);
