using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Mail;

/// <summary>Hands one message to the world: an SMTP server, or a pickup folder of .eml files (the local default).</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public static class MailMessages
{
    /// <summary>
    /// The MIME message for an outbox row. Its Message-Id comes from the idempotency key, so a
    /// message delivered twice (at-least-once) is recognisably the same message.
    /// </summary>
    public static MimeMessage ToMime(OutboxMessage row, MailOptions options)
    {
        var message = new MimeMessage
        {
            Subject = row.Subject,
            Date = new DateTimeOffset(row.CreatedAt, TimeSpan.Zero),
            MessageId = $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.IdempotencyKey)))[..32]}@{options.FromAddress.Split('@')[1]}",
            Body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(row.To));
        if (row.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}

/// <summary>Writes each message as an .eml file named by its Message-Id; writing it again replaces it.</summary>
public sealed class PickupFolderTransport(IOptions<MailOptions> options, DataFolder data) : IMailTransport
{
    public string Folder { get; } = FolderFor(options.Value, data);

    /// <summary>The pickup folder these settings name, whether or not Pickup mode is on.</summary>
    public static string FolderFor(MailOptions options, DataFolder data) => Path.GetFullPath(options.PickupFolder, data.Path);

    /// <summary>
    /// Deletes the .eml files directly in <paramref name="folder"/> last written before
    /// <paramref name="before"/> (UTC). Only those: no other file, nothing in a sub-folder, no
    /// link followed. Deletes all it can, then throws if any could not be deleted, so the job
    /// shows the failure and tries again. Returns how many were deleted.
    /// </summary>
    public static int DeleteOlderThan(string folder, DateTime before)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return 0;
        }
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            MatchCasing = MatchCasing.CaseSensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        // Also the half-written ".<name>.eml.tmp" a crash during SendAsync can leave: it may hold a
        // whole email. Dot-files count as hidden, so that search does not skip hidden ones.
        var unfinished = new EnumerationOptions { RecurseSubdirectories = false, MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = FileAttributes.System | FileAttributes.ReparsePoint };
        var files = System.IO.Directory.EnumerateFiles(folder, "*.eml", options)
            .Concat(System.IO.Directory.EnumerateFiles(folder, ".*.eml.tmp", unfinished));
        var (deleted, failed) = (0, 0);
        foreach (var file in files.ToList())
        {
            var name = Path.GetFileName(file);
            var ours = Path.GetExtension(name) == ".eml" || (name.StartsWith('.') && name.EndsWith(".eml.tmp", StringComparison.Ordinal));
            if (!ours || File.GetLastWriteTimeUtc(file) >= before)
            {
                continue;
            }
            try
            {
                File.Delete(file);
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed++;
            }
        }
        return failed == 0 ? deleted : throw new IOException($"{failed} old .eml file(s) in the pickup folder could not be deleted ({deleted} were).");
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        PrivateFolder.Create(Folder);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var temporary = Path.Combine(Folder, $".{name}.tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
    }
}

/// <summary>Delivers through an SMTP server with MailKit, one connection per message.</summary>
public sealed class SmtpTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set."), settings.SmtpPort, Enum.Parse<SecureSocketOptions>(settings.SmtpSecurity), cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
