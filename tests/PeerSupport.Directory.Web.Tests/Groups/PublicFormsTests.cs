using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Moderation;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Groups;

/// <summary>Report a problem and message this group, the two public forms on a group page (under the public-forms rate limit of ten posts).</summary>
public sealed partial class PublicFormsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    /// <summary>A published group that takes messages, led by <paramref name="leadIds"/>; returns its id.</summary>
    private async Task<int> MessagedGroupAsync(string name, params string[] leadIds) =>
        (await app.AddListingAsync(Group(name), leadIds, l => l.AcceptsMessages = true)).Id;

    [Fact]
    public async Task A_report_gives_a_reference_and_a_private_link_that_shows_its_status()
    {
        var listing = await app.PublishedListingAsync(Unique("Reported Group"));

        var response = await client.PostFormAsync($"/groups/{listing}/report", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WrongDetails",
            ["Input.Details"] = "It meets on Thursdays now.",
        });
        var confirmation = await client.GetStringAsync(response.Headers.Location);
        var report = await app.DbAsync(db => db.ProblemReports.SingleAsync(r => r.ListingId == listing));
        var link = PrivateLink().Match(confirmation).Groups[1].Value;

        Assert.Matches("^R-[a-z0-9]{7}$", report.Reference);
        Assert.Contains($"Your reference is <strong>{report.Reference}</strong>", confirmation, StringComparison.Ordinal);
        Assert.Contains("Keep this link", confirmation, StringComparison.Ordinal);
        Assert.Contains("We don't ask for your email", PageText.Of(confirmation), StringComparison.Ordinal);
        Assert.Equal((ReportKind.WrongDetails, "It meets on Thursdays now."), (report.Kind, report.Details));
        Assert.StartsWith($"/reports/{report.Reference}?key=", link, StringComparison.Ordinal);
        Assert.DoesNotContain(report.KeyHash, link, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            var row = await db.ProblemReports.SingleAsync(r => r.Id == report.Id);
            (row.Status, row.Reply, row.UpdatedAt) = (ReportStatus.Fixed, "Thank you: the day is now Thursday.", row.UpdatedAt.AddDays(1));
            await db.SaveChangesAsync();
        });
        var status = PageText.Of(await client.GetStringAsync(link));
        Assert.Contains("Fixed: the listing has been changed.", status, StringComparison.Ordinal);
        Assert.Contains("Thank you: the day is now Thursday.", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_details_is_refused_next_to_the_field_and_keeps_the_choice()
    {
        var listing = await app.PublishedListingAsync(Unique("Vague Report Group"));

        var response = await client.PostFormAsync($"/groups/{listing}/report", new Dictionary<string, string> { ["Input.Kind"] = "SafetyConcern", ["Input.Details"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tell us what is wrong", html, StringComparison.Ordinal);
        Assert.Matches("value=\"SafetyConcern\" checked", html);
        Assert.Equal(0, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == listing)));
    }

    [Fact]
    public async Task The_honeypot_is_hidden_from_people_and_a_filled_one_pretends_success_but_stores_nothing()
    {
        var listing = await app.PublishedListingAsync(Unique("Honeypot Report Group"));
        var form = await client.GetStringAsync($"/groups/{listing}/report");
        Assert.Matches("<div class=\"hp-field\" aria-hidden=\"true\">", form);
        Assert.Matches("name=\"Website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"", form);

        var response = await client.PostFormAsync($"/groups/{listing}/report", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Other",
            ["Input.Details"] = "Cheap pills at example.com",
            ["Website"] = "https://spam.example",
        });

        Assert.Contains("your report has been sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == listing)));
    }

    [Fact]
    public async Task A_message_reaches_each_lead_with_reply_to_the_sender_and_never_shows_their_addresses()
    {
        var (first, second) = (await app.CreateLeadAsync("first.lead@example.com"), await app.CreateLeadAsync("second.lead@example.com"));
        var listing = await MessagedGroupAsync(Unique("Messaged Group"), first, second);

        var form = await client.GetStringAsync($"/groups/{listing}/message");
        var response = await client.PostFormAsync($"/groups/{listing}/message", new Dictionary<string, string>
        {
            ["Input.Name"] = "Sam",
            ["Input.Email"] = "sam@example.org",
            ["Input.Message"] = "Can I come along next week?",
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(),
        });
        var confirmation = await client.GetStringAsync(response.Headers.Location);

        Assert.Contains("Your message has been sent", confirmation, StringComparison.Ordinal);
        foreach (var lead in new[] { "first.lead@example.com", "second.lead@example.com" })
        {
            var mail = await app.LatestAsync(lead, "A message about");
            Assert.Equal("sam@example.org", Assert.Single(mail.ReplyTo.Mailboxes).Address);
            Assert.Contains("Can I come along next week?", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Sam (sam@example.org)", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(lead, form + confirmation, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_message_sent_twice_from_the_same_form_reaches_the_lead_once()
    {
        var lead = await app.CreateLeadAsync("once.lead@example.com");
        var listing = await MessagedGroupAsync(Unique("Double Submit Group"), lead);
        var form = await client.GetStringAsync($"/groups/{listing}/message");
        // The form's hidden submission id and token are sent both times, as a double click sends them.
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = "twice@example.org",
            ["Input.Message"] = "Hello, is the group still running?",
        };

        var firstPost = await client.PostFromPageAsync($"/groups/{listing}/message", form, fields);
        var secondPost = await client.PostFromPageAsync($"/groups/{listing}/message", form, fields);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (firstPost.StatusCode, secondPost.StatusCode));
        Assert.Single(await app.ReadAsync("once.lead@example.com"));
    }

    [Fact]
    public async Task A_message_caught_by_the_honeypot_is_not_sent()
    {
        var lead = await app.CreateLeadAsync("bot.target@example.com");
        var listing = await MessagedGroupAsync(Unique("Bot Target Group"), lead);

        var response = await client.PostFormAsync($"/groups/{listing}/message", new Dictionary<string, string>
        {
            ["Input.Email"] = "bot@example.org",
            ["Input.Message"] = "Buy now",
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(),
            ["Website"] = "https://spam.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.ReadAsync("bot.target@example.com"));
    }

    [Fact]
    public async Task A_group_that_takes_messages_but_has_no_leads_says_to_use_its_contact_details()
    {
        var listing = await MessagedGroupAsync(Unique("Leaderless Group"));

        var page = await client.GetStringAsync($"/groups/{listing}/message");

        Assert.Contains("Nobody from this group can receive messages", page, StringComparison.Ordinal);
        Assert.Contains("contact details", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Send the message", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"https?://[^/\"]+(/reports/[^\"]+)\"")]
    private static partial Regex PrivateLink();
}
