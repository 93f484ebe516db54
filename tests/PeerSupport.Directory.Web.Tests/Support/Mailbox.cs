using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// The local mail pickup folder, read as a person reads their inbox: delivery runs for real
/// (outbox → <see cref="OutboxDelivery"/> → .eml files), then the files are parsed with MimeKit.
/// </summary>
public static partial class Mailbox
{
    /// <summary>Delivers everything due, then returns every email ever delivered to <paramref name="to"/>, oldest first.</summary>
    public static async Task<List<MimeMessage>> ReadAsync(this DirectoryAppFactory app, string to)
    {
        string folder = "";
        // The site's own minutely delivery job may have claimed a message a moment ago and still
        // be writing it; wait (up to 10 s) until nothing to this address is claimed and unsent.
        for (var attempt = 0; ; attempt++)
        {
            var inFlight = false;
            await app.WithScopeAsync(async services =>
            {
                await services.GetRequiredService<OutboxDelivery>().RunAsync();
                folder = services.GetRequiredService<PickupFolderTransport>().Folder;
                inFlight = await services.GetRequiredService<DirectoryDbContext>().OutboxMessages
                    .AnyAsync(m => m.To == to && m.SentAt == null && m.GaveUpAt == null && m.Attempts == 0);
            });
            if (!inFlight || attempt == 100)
            {
                break;
            }
            await Task.Delay(100);
        }
        if (!System.IO.Directory.Exists(folder))
        {
            return [];
        }
        var messages = new List<MimeMessage>();
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add(message);
            }
        }
        return [.. messages.OrderBy(m => m.Date)];
    }

    /// <summary>The newest email to <paramref name="to"/> whose subject contains <paramref name="subject"/>; fails the test if none.</summary>
    public static async Task<MimeMessage> LatestAsync(this DirectoryAppFactory app, string to, string subject) =>
        (await app.ReadAsync(to)).LastOrDefault(m => (m.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase))
        ?? throw new Xunit.Sdk.XunitException($"No email to {to} about '{subject}'.");

    /// <summary>The links in the plain-text part, as site-relative paths (the test client's base address differs from Site:PublicUrl).</summary>
    public static List<string> Links(this MimeMessage message) =>
        [.. Url().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value).PathAndQuery)];

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();
}
