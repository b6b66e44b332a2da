namespace Hub.Infrastructure.Common.Mail;

/// <summary><c>Hub:Mail:Smtp</c>: the server e-mails are handed to; user and password only where it asks for them.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
