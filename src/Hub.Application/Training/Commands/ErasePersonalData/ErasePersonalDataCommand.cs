using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Commands.ErasePersonalData;

/// <summary>Anonymises an erased person's name on cohorts, enrolments and certificates; idempotent. Marks and hours stay.</summary>
[AllowSystemOnly]
public sealed record ErasePersonalDataCommand(Guid UserId) : ICommand;
