using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Web.Pages.Lead;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>Co-leads: invitations by email, removing and stepping down, handing over, and the limits on invitations.</summary>
public sealed class CoLeadsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task An_invited_person_follows_the_emailed_link_and_becomes_a_co_lead()
    {
        var lead = await app.CreateLeadAsync("primary1@example.com");
        var listing = await app.PublishedListingAsync(Unique("Invite Flow Group"), lead);
        var invitedId = await app.CreateLeadAsync("invited1@example.com");
        var leadClient = await app.SignedInClientAsync("primary1@example.com");
        var invited = await app.SignedInClientAsync("invited1@example.com");

        await InviteAsync(leadClient, listing, "Invited1@Example.com");
        var link = (await app.LatestAsync("invited1@example.com", "invited to help run")).Links().Single(l => l.StartsWith("/lead/invite/", StringComparison.Ordinal));
        Assert.Contains("Accept and become a co-lead", await invited.GetStringAsync(link), StringComparison.Ordinal);
        var accepted = await invited.PostFormAsync(link, NoFields);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/lead/{listing}/leads?done=joined", accepted.Headers.Location!.OriginalString);
        Assert.True(await app.DbAsync(db => db.ListingLeads.AnyAsync(l => l.ListingId == listing && l.UserId == invitedId && !l.IsPrimary)));
        Assert.Contains("invited1@example.com (you)", await invited.GetStringAsync($"/lead/{listing}/leads"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_token_is_stored_only_as_its_hash_and_expires_after_seven_days()
    {
        var lead = await app.CreateLeadAsync("primary2@example.com");
        var listing = await app.PublishedListingAsync(Unique("Hashed Invite Group"), lead);
        await InviteAsync(await app.SignedInClientAsync("primary2@example.com"), listing, "hashed@example.com");

        var token = (await app.LatestAsync("hashed@example.com", "invited")).Links().Single(l => l.StartsWith("/lead/invite/", StringComparison.Ordinal))["/lead/invite/".Length..];
        var invite = await app.DbAsync(db => db.LeadInvites.SingleAsync(i => i.ListingId == listing));

        Assert.Equal(SecretKey.Hash(token), invite.TokenHash);
        Assert.NotEqual(token, invite.TokenHash);
        Assert.Equal(TimeSpan.FromDays(7), invite.ExpiresAt - invite.CreatedAt);
    }

    [Fact]
    public async Task An_invitation_opened_by_another_account_is_refused_with_a_clear_message()
    {
        var (listing, link) = await InvitedAsync("primary3@example.com", "meant@example.com");
        var otherId = await app.CreateLeadAsync("other3@example.com");
        var other = await app.SignedInClientAsync("other3@example.com");

        Assert.Contains("This invitation is for a different email address", await other.GetStringAsync(link), StringComparison.Ordinal);
        var post = await other.PostFormAsync(link, NoFields);

        Assert.Contains("signed in as other3@example.com", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.ListingLeads.AnyAsync(l => l.ListingId == listing && l.UserId == otherId)));
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_and_says_to_ask_for_a_new_one()
    {
        var (listing, link) = await InvitedAsync("primary4@example.com", "late@example.com");
        var lateId = await app.CreateLeadAsync("late@example.com");
        await app.WithDbAsync(async db =>
        {
            var invite = await db.LeadInvites.SingleAsync(i => i.ListingId == listing);
            invite.ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        var late = await app.SignedInClientAsync("late@example.com");

        var html = await (await late.PostFormAsync(link, NoFields)).Content.ReadAsStringAsync();

        Assert.Contains("This invitation has expired", html, StringComparison.Ordinal);
        Assert.Contains("send you a new invitation", html, StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.ListingLeads.AnyAsync(l => l.ListingId == listing && l.UserId == lateId)));
    }

    [Fact]
    public async Task A_used_invitation_cannot_make_someone_a_lead_again()
    {
        var (listing, link) = await InvitedAsync("primary5@example.com", "reuse@example.com");
        var reuseId = await app.CreateLeadAsync("reuse@example.com");
        var reuse = await app.SignedInClientAsync("reuse@example.com");
        await reuse.PostFormAsync(link, NoFields);
        var lead = await app.SignedInClientAsync("primary5@example.com");
        await lead.PostFormAsync($"/lead/{listing}/leads?handler=Remove", new Dictionary<string, string> { ["userId"] = reuseId });

        var html = await (await reuse.PostFormAsync(link, NoFields)).Content.ReadAsStringAsync();

        Assert.Contains("This invitation has already been used", html, StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.ListingLeads.AnyAsync(l => l.ListingId == listing && l.UserId == reuseId)));
    }

    [Fact]
    public async Task A_cancelled_invitation_is_refused_and_says_so()
    {
        var (listing, link) = await InvitedAsync("primary6@example.com", "cancelled@example.com");
        var inviteId = await app.DbAsync(db => db.LeadInvites.Where(i => i.ListingId == listing).Select(i => i.Id).SingleAsync());
        var lead = await app.SignedInClientAsync("primary6@example.com");
        await lead.PostFormAsync($"/lead/{listing}/leads?handler=CancelInvite", new Dictionary<string, string> { ["inviteId"] = $"{inviteId}" });
        await app.CreateLeadAsync("cancelled@example.com");
        var invited = await app.SignedInClientAsync("cancelled@example.com");

        var html = await (await invited.PostFormAsync(link, NoFields)).Content.ReadAsStringAsync();

        Assert.Contains("This invitation was cancelled", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.DbAsync(db => db.ListingLeads.CountAsync(l => l.ListingId == listing)));
    }

    [Fact]
    public async Task An_invalid_invitation_address_is_refused_next_to_the_field_and_kept()
    {
        var lead = await app.CreateLeadAsync("primary7@example.com");
        var listing = await app.PublishedListingAsync(Unique("Typo Invite Group"), lead);
        var client = await app.SignedInClientAsync("primary7@example.com");

        var response = await client.PostFormAsync($"/lead/{listing}/leads?handler=Invite", new Dictionary<string, string> { ["Invite.Email"] = "not-an-address" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Enter an email address like name@example.com", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_primary_lead_removes_a_co_lead()
    {
        var (primary, co) = (await app.CreateLeadAsync("primary8@example.com"), await app.CreateLeadAsync("co8@example.com"));
        var listing = await app.PublishedListingAsync(Unique("Remove Co Lead Group"), primary, co);
        var client = await app.SignedInClientAsync("primary8@example.com");

        var response = await client.PostFormAsync($"/lead/{listing}/leads?handler=Remove", new Dictionary<string, string> { ["userId"] = co });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([primary], await app.DbAsync(db => db.ListingLeads.Where(l => l.ListingId == listing).Select(l => l.UserId).ToListAsync()));
        Assert.Contains("no longer change its listing", (await app.LatestAsync("co8@example.com", "You no longer lead")).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_lead_cannot_be_removed()
    {
        var only = await app.CreateLeadAsync("only9@example.com");
        var listing = await app.PublishedListingAsync(Unique("Last Lead Group"), only);
        var client = await app.SignedInClientAsync("only9@example.com");

        var response = await client.PostFormAsync($"/lead/{listing}/leads?handler=Remove", new Dictionary<string, string> { ["userId"] = only });

        Assert.Contains("A listing always needs at least one lead", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.DbAsync(db => db.ListingLeads.CountAsync(l => l.ListingId == listing)));
    }

    [Fact]
    public async Task A_co_lead_cannot_remove_the_primary_lead_but_can_step_down()
    {
        var (primary, co) = (await app.CreateLeadAsync("primary10@example.com"), await app.CreateLeadAsync("co10@example.com"));
        var listing = await app.PublishedListingAsync(Unique("Step Down Group"), primary, co);
        var client = await app.SignedInClientAsync("co10@example.com");

        var refused = await client.PostFormAsync($"/lead/{listing}/leads?handler=Remove", new Dictionary<string, string> { ["userId"] = primary });
        Assert.Contains("Only the primary lead can remove other leads", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var steppedDown = await client.PostFormAsync($"/lead/{listing}/leads?handler=Remove", new Dictionary<string, string> { ["userId"] = co });

        Assert.Equal(HttpStatusCode.Redirect, steppedDown.StatusCode);
        Assert.Equal([primary], await app.DbAsync(db => db.ListingLeads.Where(l => l.ListingId == listing).Select(l => l.UserId).ToListAsync()));
    }

    [Fact]
    public async Task Handing_over_makes_another_lead_primary_and_can_step_down_too()
    {
        var (primary, co, third) = (await app.CreateLeadAsync("primary11@example.com"), await app.CreateLeadAsync("co11@example.com"), await app.CreateLeadAsync("third11@example.com"));
        var listing = await app.PublishedListingAsync(Unique("Hand Over Group"), primary, co, third);
        var client = await app.SignedInClientAsync("primary11@example.com");

        var response = await client.PostFormAsync($"/lead/{listing}/leads?handler=HandOver", new Dictionary<string, string> { ["userId"] = co, ["stepDown"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var leads = await app.DbAsync(db => db.ListingLeads.Where(l => l.ListingId == listing).OrderBy(l => l.AddedAt).Select(l => new { l.UserId, l.IsPrimary }).ToListAsync());
        Assert.Equal([(co, true), (third, false)], leads.Select(l => (l.UserId, l.IsPrimary)));
    }

    [Fact]
    public async Task Handing_over_without_stepping_down_keeps_the_old_primary_as_a_co_lead()
    {
        var (primary, co) = (await app.CreateLeadAsync("primary12@example.com"), await app.CreateLeadAsync("co12@example.com"));
        var listing = await app.PublishedListingAsync(Unique("Hand Over Stay Group"), primary, co);
        var client = await app.SignedInClientAsync("primary12@example.com");

        await client.PostFormAsync($"/lead/{listing}/leads?handler=HandOver", new Dictionary<string, string> { ["userId"] = co });

        var leads = await app.DbAsync(db => db.ListingLeads.Where(l => l.ListingId == listing).OrderBy(l => l.AddedAt).Select(l => new { l.UserId, l.IsPrimary }).ToListAsync());
        Assert.Equal([(primary, false), (co, true)], leads.Select(l => (l.UserId, l.IsPrimary)));
    }

    [Fact]
    public async Task Two_co_leads_stepping_down_at_the_same_moment_leave_the_listing_one_lead()
    {
        var (first, second) = (await app.CreateLeadAsync("race13a@example.com"), await app.CreateLeadAsync("race13b@example.com"));
        var listing = await app.PublishedListingAsync(Unique("Remove Race Group"), first, second);
        // Two co-leads and no primary, as when the primary lead deleted their account: neither removal touches another row.
        await app.WithDbAsync(db => db.ListingLeads.Where(l => l.ListingId == listing).ExecuteUpdateAsync(l => l.SetProperty(x => x.IsPrimary, false)));

        // Both changes start from the same two leads, as two requests would, before either saves.
        var (firstSaved, secondSaved) = await RaceAsync(listing, a => a.Remove(first), b => b.Remove(second));

        Assert.True(firstSaved);
        Assert.False(secondSaved);
        var leads = await app.DbAsync(db => db.ListingLeads.Where(l => l.ListingId == listing).Select(l => new { l.UserId, l.IsPrimary }).ToListAsync());
        Assert.Equal([(second, false)], leads.Select(l => (l.UserId, l.IsPrimary)));
    }

    [Fact]
    public async Task Handing_over_and_stepping_down_while_the_other_lead_steps_down_leaves_the_listing_one_lead()
    {
        var (primary, co) = (await app.CreateLeadAsync("race14a@example.com"), await app.CreateLeadAsync("race14b@example.com"));
        var listing = await app.PublishedListingAsync(Unique("Step Down Race Group"), primary, co);

        var (handedOver, steppedDown) = await RaceAsync(listing, a => a.HandOver(co) && a.Remove(primary), b => b.Remove(co));

        Assert.True(handedOver);
        Assert.False(steppedDown);
        var leads = await app.DbAsync(db => db.ListingLeads.Where(l => l.ListingId == listing).Select(l => new { l.UserId, l.IsPrimary }).ToListAsync());
        Assert.Equal([(co, true)], leads.Select(l => (l.UserId, l.IsPrimary)));
    }

    [Fact]
    public async Task A_lead_who_sent_ten_invitations_today_is_refused_with_the_address_kept()
    {
        var lead = await app.CreateLeadAsync("limit16@example.com");
        var listing = await app.PublishedListingAsync(Unique("Invite Limit Group"), lead);
        var other = await app.PublishedListingAsync(Unique("Invite Limit Other Group"), lead);
        var client = await app.SignedInClientAsync("limit16@example.com");
        // A day and a bit ago no longer counts; the ten below were sent for another listing, so the limit is the account's.
        await AddInvitesAsync(other, lead, 10, TimeSpan.FromHours(25));
        await InviteAsync(client, listing, "allowed16@example.com");
        await AddInvitesAsync(other, lead, 9, TimeSpan.FromHours(2));

        var refused = await client.PostFormAsync($"/lead/{listing}/leads?handler=Invite", new Dictionary<string, string> { ["Invite.Email"] = "eleventh16@example.com" });
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("You have sent 10 invitations in the last 24 hours", html, StringComparison.Ordinal);
        Assert.Contains("value=\"eleventh16@example.com\"", html, StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.LeadInvites.AnyAsync(i => i.Email == "eleventh16@example.com")));
        Assert.False(await app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == "eleventh16@example.com")));
    }

    [Fact]
    public async Task A_listing_with_twenty_invitations_today_takes_no_more_from_any_lead()
    {
        var (lead, co) = (await app.CreateLeadAsync("limit17@example.com"), await app.CreateLeadAsync("limit17co@example.com"));
        var listing = await app.PublishedListingAsync(Unique("Listing Invite Limit Group"), lead, co);
        var client = await app.SignedInClientAsync("limit17@example.com");
        await AddInvitesAsync(listing, co, 20, TimeSpan.FromHours(1));

        var refused = await client.PostFormAsync($"/lead/{listing}/leads?handler=Invite", new Dictionary<string, string> { ["Invite.Email"] = "more17@example.com" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("20 invitations have been sent for this listing in the last 24 hours", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.LeadInvites.AnyAsync(i => i.Email == "more17@example.com")));
    }

    /// <summary>Invitation rows as if sent <paramref name="ago"/> (their emails are not part of these tests).</summary>
    private Task AddInvitesAsync(int listing, string invitedBy, int count, TimeSpan ago) => app.WithDbAsync(async db =>
    {
        var sentAt = DateTime.UtcNow - ago;
        for (var i = 0; i < count; i++)
        {
            db.LeadInvites.Add(new LeadInvite
            {
                ListingId = listing,
                Email = $"earlier{i}.{Guid.NewGuid():N}@example.com",
                TokenHash = Guid.NewGuid().ToString("N"),
                InvitedBy = invitedBy,
                CreatedAt = sentAt,
                ExpiresAt = sentAt + LeadsModel.InviteLifetime,
            });
        }
        await db.SaveChangesAsync();
    });

    /// <summary>Loads the leads in two contexts, applies one change to each, then saves the first and the second.</summary>
    private async Task<(bool First, bool Second)> RaceAsync(int listing, Func<LeadRoster, bool> firstChange, Func<LeadRoster, bool> secondChange)
    {
        var result = (false, false);
        await app.WithDbAsync(async firstDb => await app.WithDbAsync(async secondDb =>
        {
            var first = (await LeadRoster.LoadAsync(firstDb, listing, default))!;
            var second = (await LeadRoster.LoadAsync(secondDb, listing, default))!;
            Assert.True(firstChange(first));
            Assert.True(secondChange(second));
            result = (await first.SaveAsync(default), await second.SaveAsync(default));
        }));
        return result;
    }

    private static async Task InviteAsync(HttpClient lead, int listing, string email)
    {
        var response = await lead.PostFormAsync($"/lead/{listing}/leads?handler=Invite", new Dictionary<string, string> { ["Invite.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A listing led by <paramref name="leadEmail"/> with an invitation to <paramref name="invitedEmail"/>; returns the emailed link.</summary>
    private async Task<(int Listing, string Link)> InvitedAsync(string leadEmail, string invitedEmail)
    {
        var lead = await app.CreateLeadAsync(leadEmail);
        var listing = await app.PublishedListingAsync(Unique($"Invited {invitedEmail} Group"), lead);
        await InviteAsync(await app.SignedInClientAsync(leadEmail), listing, invitedEmail);
        var link = (await app.LatestAsync(invitedEmail, "invited to help run")).Links().Single(l => l.StartsWith("/lead/invite/", StringComparison.Ordinal));
        return (listing, link);
    }
}
