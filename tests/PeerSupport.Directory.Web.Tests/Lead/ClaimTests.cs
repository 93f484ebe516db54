using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Moderation;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>Asking to manage a listing one does not lead yet: a claim a moderator decides.</summary>
public sealed class ClaimTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task A_signed_in_person_asks_to_manage_a_listing_and_a_pending_claim_is_recorded()
    {
        var userId = await app.CreateLeadAsync("claimer@example.com");
        var listing = await app.PublishedListingAsync(Unique("Claimable Group"));
        var client = await app.SignedInClientAsync("claimer@example.com");

        var groupPage = await client.GroupPageAsync(listing);
        Assert.Contains($"href=\"/lead/claim/{listing}\"", groupPage, StringComparison.Ordinal);
        var response = await client.PostFormAsync($"/lead/claim/{listing}", new Dictionary<string, string> { ["Input.Message"] = "I started this group in 2019." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("A moderator will review your request", confirmation, StringComparison.Ordinal);
        Assert.Contains("We will email you", confirmation, StringComparison.Ordinal);
        var claim = await app.DbAsync(db => db.ListingClaims.SingleAsync(c => c.ListingId == listing));
        Assert.Equal((userId, ClaimStatus.Pending, "I started this group in 2019."), (claim.UserId, claim.Status, claim.Message));
    }

    [Fact]
    public async Task A_second_claim_while_one_is_pending_is_refused_politely()
    {
        await app.CreateLeadAsync("twice@example.com");
        var listing = await app.PublishedListingAsync(Unique("Claimed Twice Group"));
        var client = await app.SignedInClientAsync("twice@example.com");
        await client.PostFormAsync($"/lead/claim/{listing}", new Dictionary<string, string> { ["Input.Message"] = "I run it." });

        var again = await client.PostFormAsync($"/lead/claim/{listing}", new Dictionary<string, string> { ["Input.Message"] = "I run it, really." });

        Assert.Contains("You have already asked to manage this listing", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.DbAsync(db => db.ListingClaims.CountAsync(c => c.ListingId == listing)));
    }

    [Fact]
    public async Task A_lead_cannot_claim_a_listing_they_already_lead()
    {
        var lead = await app.CreateLeadAsync("already@example.com");
        var listing = await app.PublishedListingAsync(Unique("Already Led Group"), lead);
        var client = await app.SignedInClientAsync("already@example.com");

        var page = await client.GetStringAsync($"/lead/claim/{listing}");

        Assert.Contains("You already lead this listing", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Send my request", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_without_a_message_is_refused_next_to_the_field()
    {
        await app.CreateLeadAsync("quiet@example.com");
        var listing = await app.PublishedListingAsync(Unique("Quiet Claim Group"));
        var client = await app.SignedInClientAsync("quiet@example.com");

        var response = await client.PostFormAsync($"/lead/claim/{listing}", new Dictionary<string, string> { ["Input.Message"] = "" });

        Assert.Contains("Tell us how you are connected to the group", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.ListingClaims.CountAsync(c => c.ListingId == listing)));
    }
}
