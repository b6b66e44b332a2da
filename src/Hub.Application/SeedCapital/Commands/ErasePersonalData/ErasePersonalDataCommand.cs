using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ErasePersonalData;

/// <summary>
/// Blanks the comments an erased evaluator wrote for the committee; idempotent. Their scores and declared conflicts
/// stay, so every call's ranking and award stay valid. Proposals and grants name ventures, not people, and stay.
/// </summary>
[AllowSystemOnly]
public sealed record ErasePersonalDataCommand(Guid UserId) : ICommand;
