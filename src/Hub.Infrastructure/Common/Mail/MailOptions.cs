namespace Hub.Infrastructure.Common.Mail;

/// <summary>
/// <c>Hub:Mail</c>: who e-mails come from and how they leave. With <see cref="SmtpOptions.Host"/> set they go to that
/// SMTP server; else, with <see cref="PickupDirectory"/>, each is written there as an <c>.eml</c> file (Development:
/// the repository's <c>.data/mail/</c>, so nothing leaves the machine); else, outside Production, only logged.
/// </summary>
internal sealed class MailOptions
{
    public const string Section = "Hub:Mail";

    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "EU-DIEH";

    /// <summary>A folder for <c>.eml</c> files instead of SMTP; a relative path is taken from the app's content root.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}
