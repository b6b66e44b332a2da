using Hub.Application.Identity.Commands.SendPasswordResetLink;
using Mediator;

namespace Hub.Application.Identity.Jobs;

/// <summary>E-mails the password-reset link asked for; Hangfire retries it when the mail server fails.</summary>
public sealed class PasswordResetEmailJob(ISender sender)
{
    public async Task SendAsync(string email, CancellationToken cancellationToken) =>
        await sender.Send(new SendPasswordResetLinkCommand(email), cancellationToken);
}
