using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Contracts;

/// <summary>Everything Training holds about a person, for their data export.</summary>
[AllowModuleCallers]
public sealed record ExportTrainingPersonalDataQuery(Guid UserId) : IQuery<TrainingPersonalDataDto>;
