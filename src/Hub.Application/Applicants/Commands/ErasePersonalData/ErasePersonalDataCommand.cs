using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Commands.ErasePersonalData;

/// <summary>Anonymises the founder and team names and the phone on every application of an erased person; idempotent.</summary>
[AllowSystemOnly]
public sealed record ErasePersonalDataCommand(Guid UserId) : ICommand;
