using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.SendPasswordResetLink;

/// <summary>Makes a one-time password-reset token for the account of the e-mail, if there is one, and e-mails its link; the background job sends it.</summary>
[AllowSystemOnly]
public sealed record SendPasswordResetLinkCommand(string Email) : ICommand;
