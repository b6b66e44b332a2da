namespace Hub.Application.Training.Queries.GetProgress;

/// <summary>Group mentoring hours and how far they fill the planned blocks (3 × 80 hours), in order.</summary>
public sealed record TrainingGroupMentoringDto(decimal Hours, IReadOnlyList<TrainingGroupMentoringBlockDto> Blocks);
