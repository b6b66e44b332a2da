using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.DemoDay.Commands.ErasePersonalData;

/// <summary>Anonymises an erased judge's name on every panel; idempotent. Pitches name ventures, not people, and stay.</summary>
[AllowSystemOnly]
public sealed record ErasePersonalDataCommand(Guid UserId) : ICommand;
