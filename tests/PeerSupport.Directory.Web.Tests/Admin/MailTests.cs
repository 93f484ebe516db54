using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Tests.Admin;

/// <summary>The admin's view of email the outbox gave up on, and sending it again.</summary>
public sealed class MailTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task Mail_that_was_given_up_is_shown_with_its_error_and_retry_sends_it_again()
    {
        var now = DateTime.UtcNow;
        var id = await app.DbAsync(async db =>
        {
            var message = new OutboxMessage
            {
                IdempotencyKey = $"test-failed:{Guid.NewGuid():N}",
                To = "unreachable@example.com",
                Subject = "A message that could not be sent",
                TextBody = "text",
                HtmlBody = "<p>html</p>",
                CreatedAt = now.AddHours(-5),
                NextAttemptAt = now.AddHours(1),
                Attempts = 8,
                LastError = "SmtpCommandException: Mailbox unavailable",
                GaveUpAt = now.AddMinutes(-10),
            };
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

        var admin = await app.SignedInAsync($"mail.admin.{Guid.NewGuid():N}@example.com", Roles.Admin);
        var page = await admin.TextOfAsync("/admin/mail");
        Assert.Contains("unreachable@example.com", page, StringComparison.Ordinal);
        Assert.Contains("SmtpCommandException: Mailbox unavailable", page, StringComparison.Ordinal);

        var response = await admin.PostFormAsync("/admin/mail?handler=Retry", new Dictionary<string, string> { ["messageId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var retried = await app.DbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.Null(retried.GaveUpAt);
        Assert.Equal(0, retried.Attempts);
        Assert.True(retried.NextAttemptAt <= DateTime.UtcNow);
        Assert.Single(await app.ReadAsync("unreachable@example.com"));
    }
}
