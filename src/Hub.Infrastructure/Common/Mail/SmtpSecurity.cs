namespace Hub.Infrastructure.Common.Mail;

/// <summary>How the SMTP connection is protected: not at all (a relay on the same machine), STARTTLS (port 587), or TLS from the start (port 465).</summary>
internal enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
