using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Web.Tests.Moderate;

public sealed partial class ModerationTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static Dictionary<string, string> Form(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task Approving_a_new_listing_publishes_it_makes_it_searchable_and_emails_the_lead()
    {
        var id = await app.PendingListingAsync("Quillfeather Voices Circle", "quill.lead@example.com");
        var moderator = await app.SignedInAsync("approver@example.com", Roles.Moderator);
        Assert.Contains("Quillfeather Voices Circle", await moderator.TextOfAsync("/moderate/listings"), StringComparison.Ordinal);
        Assert.Empty(app.Search("Quillfeather").Hits);

        var response = await moderator.PostFormAsync($"/moderate/listings/{id}", action: $"/moderate/listings/{id}?handler=Approve", fields: Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var listing = await app.DbAsync(db => db.Listings.SingleAsync(l => l.Id == id));
        Assert.Equal(ListingStatus.Published, listing.Status);
        Assert.NotNull(listing.LastConfirmedAt);
        Assert.StartsWith("user:", listing.LastConfirmedBy, StringComparison.Ordinal);
        Assert.Contains(app.Search("Quillfeather").Hits, h => h.Card.Id == id);
        var email = await app.LatestAsync("quill.lead@example.com", "is now published");
        var link = Assert.Single(email.Links());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient(followRedirects: true).GetAsync(link)).StatusCode);
        Assert.DoesNotContain("Quillfeather Voices Circle</a>", await moderator.GetStringAsync("/moderate/edits"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_a_listing_back_without_a_reason_is_refused_next_to_the_field()
    {
        var id = await app.PendingListingAsync("Reasonless Walking Group", "reasonless.lead@example.com");
        var moderator = await app.SignedInAsync("no-reason@example.com", Roles.Moderator);

        var response = await moderator.PostFormAsync($"/moderate/listings/{id}", action: $"/moderate/listings/{id}?handler=Reject", fields: Form(("Input.Reason", "  ")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Say why it is being sent back", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ListingStatus.Pending, await app.DbAsync(db => db.Listings.Where(l => l.Id == id).Select(l => l.Status).SingleAsync()));
        Assert.Empty(await app.ReadAsync("reasonless.lead@example.com"));
    }

    [Fact]
    public async Task Sending_a_listing_back_makes_it_a_draft_and_emails_the_reason_to_the_lead()
    {
        var id = await app.PendingListingAsync("Sent Back Singers", "sentback.lead@example.com");
        var moderator = await app.SignedInAsync("sender-back@example.com", Roles.Moderator);

        var response = await moderator.PostFormAsync($"/moderate/listings/{id}", action: $"/moderate/listings/{id}?handler=Reject", fields: Form(("Input.Reason", "Please add when and where you meet.")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var listing = await app.DbAsync(db => db.Listings.SingleAsync(l => l.Id == id));
        Assert.Equal(ListingStatus.Draft, listing.Status);
        Assert.Equal("Please add when and where you meet.", listing.ModeratorNote);
        var email = await app.LatestAsync("sentback.lead@example.com", "needs changes");
        Assert.Contains("Please add when and where you meet.", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/lead/{id}/edit", email.Links());
    }

    [Fact]
    public async Task When_two_moderators_decide_at_once_the_second_is_refused_and_told_why()
    {
        var id = await app.PendingListingAsync("Contested Coffee Morning", "contested.lead@example.com");
        var first = await app.SignedInAsync("first.mod@example.com", Roles.Moderator);
        var second = await app.SignedInAsync("second.mod@example.com", Roles.Moderator);
        var url = $"/moderate/listings/{id}";
        var firstPage = await first.GetStringAsync(url);
        var secondPage = await second.GetStringAsync(url);

        var approved = await first.PostFromPageAsync(url + "?handler=Approve", firstPage, Form());
        var rejected = await second.PostFromPageAsync(url + "?handler=Reject", secondPage, Form(("Input.Reason", "Duplicate of another listing.")));

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("Another moderator has already decided on this listing: it is now published", PageText.Of(await rejected.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var listing = await app.DbAsync(db => db.Listings.SingleAsync(l => l.Id == id));
        Assert.Equal(ListingStatus.Published, listing.Status);
        Assert.Equal("", listing.ModeratorNote);
        Assert.DoesNotContain(await app.ReadAsync("contested.lead@example.com"), m => m.Subject!.Contains("needs changes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approving_a_claim_makes_the_claimant_a_lead_of_the_listing_and_emails_them()
    {
        var listingId = await app.PublishedListingAsync("Claimable Allotment Group");
        var claimantId = await app.CreateUserAsync("claimant@example.com");
        var claimId = await NewClaimAsync(listingId, claimantId, "I have run this group since 2019.");
        var moderator = await app.SignedInAsync("claims.mod@example.com", Roles.Moderator);
        var queue = await moderator.TextOfAsync("/moderate/claims");
        Assert.Contains("claimant@example.com", queue, StringComparison.Ordinal);
        Assert.Contains("I have run this group since 2019.", queue, StringComparison.Ordinal);

        var response = await moderator.PostFormAsync($"/moderate/claims/{claimId}?handler=Approve", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.DbAsync(db => db.ListingLeads.AnyAsync(l => l.ListingId == listingId && l.UserId == claimantId)));
        Assert.Equal(ClaimStatus.Approved, await app.DbAsync(db => db.ListingClaims.Where(c => c.Id == claimId).Select(c => c.Status).SingleAsync()));
        Assert.True(await app.DbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == claimantId && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Lead))));
        var email = await app.LatestAsync("claimant@example.com", "You now lead");
        Assert.Contains("/lead", email.Links());
    }

    [Fact]
    public async Task The_claim_view_says_how_long_before_the_claim_the_claimants_address_was_confirmed_and_warns_when_it_was_minutes()
    {
        var listingId = await app.PublishedListingAsync("Just Confirmed Walking Group");
        var newcomerId = await app.CreateUserAsync("just.confirmed@example.com");
        var regularId = await app.CreateUserAsync("long.confirmed@example.com");
        var now = DateTime.UtcNow;
        await app.DbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == newcomerId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmedAt, now.AddMinutes(-7)));
            return await db.Users.Where(u => u.Id == regularId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmedAt, now.AddDays(-400)));
        });
        var newcomerClaim = await NewClaimAsync(listingId, newcomerId, "I run it now.");
        var regularClaim = await NewClaimAsync(listingId, regularId, "I have run it for years.");
        var moderator = await app.SignedInAsync("confirm.age.mod@example.com", Roles.Moderator);

        var newcomer = await moderator.TextOfAsync($"/moderate/claims/{newcomerClaim}");
        Assert.Contains("7 minutes before the claim was sent", newcomer, StringComparison.Ordinal);
        Assert.Contains("confirmed less than a day before the claim", newcomer, StringComparison.Ordinal);
        var regular = await moderator.TextOfAsync($"/moderate/claims/{regularClaim}");
        Assert.Contains("400 days before the claim was sent", regular, StringComparison.Ordinal);
        Assert.DoesNotContain("confirmed less than a day before the claim", regular, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_a_claim_needs_a_reason_and_emails_it_to_the_claimant()
    {
        var listingId = await app.PublishedListingAsync("Unclaimable Choir");
        var claimantId = await app.CreateUserAsync("hopeful@example.com");
        var claimId = await NewClaimAsync(listingId, claimantId, "Let me in.");
        var moderator = await app.SignedInAsync("claims.rejecter@example.com", Roles.Moderator);

        var withoutReason = await moderator.PostFormAsync($"/moderate/claims/{claimId}?handler=Reject", Form(("Input.Reason", "")));
        Assert.Contains("Say why the claim is rejected", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await moderator.PostFormAsync($"/moderate/claims/{claimId}?handler=Reject", Form(("Input.Reason", "The group's organiser did not recognise you.")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.DbAsync(db => db.ListingLeads.AnyAsync(l => l.ListingId == listingId && l.UserId == claimantId)));
        var email = await app.LatestAsync("hopeful@example.com", "Your claim");
        Assert.Contains("The group's organiser did not recognise you.", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_list_safety_concerns_first_and_a_status_change_reaches_the_reporter()
    {
        var listingId = await app.PublishedListingAsync("Reported Reading Group");
        var older = await app.ReportAsync(listingId, ReportKind.SafetyConcern, "R-safe0001", "key-one", DateTime.UtcNow.AddHours(-3));
        await app.ReportAsync(listingId, ReportKind.WrongDetails, "R-wrong001", "key-two", DateTime.UtcNow);
        var moderator = await app.SignedInAsync("reports.mod@example.com", Roles.Moderator);

        var queue = await moderator.TextOfAsync("/moderate/reports");
        Assert.True(queue.IndexOf("R-safe0001", StringComparison.Ordinal) < queue.IndexOf("R-wrong001", StringComparison.Ordinal));
        var page = await moderator.TextOfAsync($"/moderate/reports/{older}");
        Assert.Contains("Details of R-safe0001", page, StringComparison.Ordinal);
        Assert.Contains($"/lead/{listingId}/edit", await moderator.GetStringAsync($"/moderate/reports/{older}"), StringComparison.Ordinal);

        var closedWithoutReply = await moderator.PostFormAsync($"/moderate/reports/{older}?handler=SetStatus", Form(("Input.Status", "Fixed"), ("Input.Reply", "")));
        Assert.Contains("Tell the reporter what was done", await closedWithoutReply.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await moderator.PostFormAsync($"/moderate/reports/{older}?handler=SetStatus", Form(("Input.Status", "Fixed"), ("Input.Reply", "We spoke to the group and they changed the venue.")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await app.DbAsync(db => db.ProblemReports.SingleAsync(r => r.Id == older));
        Assert.Equal(ReportStatus.Fixed, report.Status);
        Assert.Equal("We spoke to the group and they changed the venue.", report.Reply);
        Assert.DoesNotContain(">R-safe0001</a>", await moderator.GetStringAsync("/moderate/reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edits_feed_shows_old_and_new_values_and_marking_reviewed_removes_them()
    {
        var listingId = await app.PublishedListingAsync("Edited Evening Group");
        var leadId = await app.CreateUserAsync("editing.lead@example.com", Roles.Lead);
        var changeId = await AddUserChangeAsync(listingId, $"user:{leadId}", new FieldChange("Summary", "Meets on Mondays.", "Meets on Tuesdays."));
        var otherId = await AddUserChangeAsync(listingId, "user:an-account-since-deleted", new FieldChange("Cost", "Free", "Donation"));
        await AddUserChangeAsync(listingId, "import", new FieldChange("Name", "Imported old", "Imported new"));
        var moderator = await app.SignedInAsync("edits.mod@example.com", Roles.Moderator);

        var feed = await moderator.TextOfAsync("/moderate/edits");
        Assert.Contains("Meets on Mondays.", feed, StringComparison.Ordinal);
        Assert.Contains("Meets on Tuesdays.", feed, StringComparison.Ordinal);
        Assert.Contains("editing.lead@example.com", feed, StringComparison.Ordinal);
        Assert.Contains("deleted account", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Imported new", feed, StringComparison.Ordinal);

        var response = await moderator.PostFormAsync("/moderate/edits?handler=Review", Form(("changeId", changeId.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        feed = await moderator.TextOfAsync("/moderate/edits");
        Assert.DoesNotContain("Meets on Tuesdays.", feed, StringComparison.Ordinal);
        Assert.Contains("Donation", feed, StringComparison.Ordinal);
        var reviewed = await app.DbAsync(db => db.ListingChanges.SingleAsync(c => c.Id == changeId));
        Assert.NotNull(reviewed.ReviewedAt);
        Assert.StartsWith("user:", reviewed.ReviewedBy, StringComparison.Ordinal);

        var page = await moderator.GetStringAsync("/moderate/edits");
        await moderator.PostFromPageAsync("/moderate/edits?handler=ReviewAll", page, ChangeIdsShown(page));
        Assert.DoesNotContain("Donation", await moderator.TextOfAsync("/moderate/edits"), StringComparison.Ordinal);
        Assert.NotNull(await app.DbAsync(db => db.ListingChanges.Where(c => c.Id == otherId).Select(c => c.ReviewedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_listings_history_shows_every_change_with_who_when_and_each_field()
    {
        var listingId = await app.PublishedListingAsync("Historic Knitting Circle");
        var leadId = await app.CreateUserAsync("historic.lead@example.com", Roles.Lead);
        var longText = "First paragraph of a long description.\n\nSecond paragraph, after a blank line.";
        await AddUserChangeAsync(listingId, $"user:{leadId}", new FieldChange("Description", null, longText));
        var moderator = await app.SignedInAsync("history.mod@example.com", Roles.Moderator);

        var html = await moderator.GetStringAsync($"/moderate/listings/{listingId}/history");
        var text = PageText.Of(html);

        Assert.Matches("created by (import|system)", text);
        Assert.Contains("edited by historic.lead@example.com", text, StringComparison.Ordinal);
        Assert.Contains("Description", text, StringComparison.Ordinal);
        Assert.Contains("Second paragraph, after a blank line.", text, StringComparison.Ordinal);
        // Kept as written, line breaks and all (shown with white-space: pre-wrap).
        Assert.Contains("class=\"change-text\">First paragraph of a long description.&#xA;&#xA;Second", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_moderation_start_page_counts_each_queue()
    {
        await app.PendingListingAsync("Counted Pending Group");
        var moderator = await app.SignedInAsync("counter.mod@example.com", Roles.Moderator);

        var text = await moderator.TextOfAsync("/moderate");

        Assert.Matches(@"New listings\s*:\s*[1-9]\d*\s+waiting", text);
    }

    /// <summary>The "changeIds" hidden inputs of the edits feed: what the moderator has on screen.</summary>
    private static List<KeyValuePair<string, string>> ChangeIdsShown(string html) =>
        [.. ChangeIdInput().Matches(html).Select((m, i) => new KeyValuePair<string, string>($"changeIds[{i}]", m.Groups[1].Value))];

    [GeneratedRegex("name=\"changeIds\" value=\"(\\d+)\"")]
    private static partial Regex ChangeIdInput();

    private Task<int> NewClaimAsync(int listingId, string userId, string message) =>
        app.DbAsync(async db =>
        {
            var claim = new ListingClaim { ListingId = listingId, UserId = userId, Message = message, CreatedAt = DateTime.UtcNow };
            db.ListingClaims.Add(claim);
            await db.SaveChangesAsync();
            return claim.Id;
        });

    private Task<long> AddUserChangeAsync(int listingId, string changedBy, FieldChange field) =>
        app.DbAsync(async db =>
        {
            var change = new ListingChange { ListingId = listingId, ChangedAt = DateTime.UtcNow, ChangedBy = changedBy, Kind = "edited", Fields = [field] };
            db.ListingChanges.Add(change);
            await db.SaveChangesAsync();
            return change.Id;
        });
}
