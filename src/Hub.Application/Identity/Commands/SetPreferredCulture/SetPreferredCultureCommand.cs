using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.SetPreferredCulture;

/// <summary>The signed-in person chooses the language the hub writes to them in (<c>mn</c> or <c>en</c>); e-mails not yet sent follow it.</summary>
[AllowAnyPerson]
public sealed record SetPreferredCultureCommand(string Culture) : ICommand;
