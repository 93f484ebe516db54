using System.ComponentModel.DataAnnotations;

namespace PeerSupport.Directory.Mail;

/// <summary>The "Mail" section of configuration (appsettings.template.json documents each setting).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";
    public const string PickupMode = "Pickup";
    public const string SmtpMode = "Smtp";

    [RegularExpression("^(Pickup|Smtp)$", ErrorMessage = "Mail:Mode must be Pickup or Smtp.")]
    public string Mode { get; set; } = PickupMode;

    /// <summary>Where Pickup mode writes .eml files; relative to the data folder.</summary>
    public string PickupFolder { get; set; } = "mail";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@localhost";

    public string FromName { get; set; } = "PeerSupport.Directory";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>"Auto", "StartTls", "SslOnConnect" or "None" (only for a relay on this machine).</summary>
    [RegularExpression("^(Auto|StartTls|SslOnConnect|None)$", ErrorMessage = "Mail:SmtpSecurity must be Auto, StartTls, SslOnConnect or None.")]
    public string SmtpSecurity { get; set; } = "StartTls";

    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Days an .eml file stays in the pickup folder before the daily outbox purge deletes it (the
    /// same 30 days as sent emails in the outbox): they can hold one-click links and messages.
    /// </summary>
    [Range(1, 3650)]
    public int PickupKeepDays { get; set; } = 30;
}
