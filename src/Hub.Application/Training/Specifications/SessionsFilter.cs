using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Application.Training.Specifications;

/// <summary>What a list of sessions is narrowed to.</summary>
public sealed record SessionsFilter(Guid? ProgrammeId, DateTimeOffset? From, DateTimeOffset? To, Guid? OnlyTrainer = null, IReadOnlyList<TrainingProgrammeId>? OnlyProgrammes = null);
