using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.SetPreferredTimeZone;

/// <summary>The signed-in person chooses the IANA time zone the pages show times in; none means the hub's (Asia/Ulaanbaatar).</summary>
[AllowAnyPerson]
public sealed record SetPreferredTimeZoneCommand(string? TimeZone) : ICommand;
