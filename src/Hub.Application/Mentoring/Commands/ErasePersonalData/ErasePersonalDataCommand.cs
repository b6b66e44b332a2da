using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Mentoring.Commands.ErasePersonalData;

/// <summary>Anonymises an erased person's mentee records and mentor profile; idempotent. Mentorships and sessions stay.</summary>
[AllowSystemOnly]
public sealed record ErasePersonalDataCommand(Guid UserId) : ICommand;
