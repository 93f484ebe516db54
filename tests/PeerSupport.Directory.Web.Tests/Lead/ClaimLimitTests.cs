using System.Net;
using Microsoft.EntityFrameworkCore;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>Claims that try to get round the one-pending-request rule or flood one group's moderators (own app: its own rate-limit windows).</summary>
public sealed class ClaimLimitTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static Dictionary<string, string> Message(string text) => new() { ["Input.Message"] = text };

    [Fact]
    public async Task Posting_to_the_sent_page_does_not_skip_the_duplicate_claim_refusal()
    {
        await app.CreateLeadAsync("sent-trick@example.com");
        var listing = await app.PublishedListingAsync(Unique("Sent Trick Group"));
        var client = await app.SignedInClientAsync("sent-trick@example.com");
        var form = await client.GetStringAsync($"/lead/claim/{listing}");
        await client.PostFromPageAsync($"/lead/claim/{listing}", form, Message("I run it."));

        await client.PostFromPageAsync($"/lead/claim/{listing}?done=sent", form, Message("I run it, again."));
        await client.PostFromPageAsync($"/lead/claim/{listing}?Done=sent", form, Message("And again."));

        Assert.Equal(1, await app.DbAsync(db => db.ListingClaims.CountAsync(c => c.ListingId == listing)));
    }

    [Fact]
    public async Task Many_accounts_claiming_one_group_stop_at_its_daily_budget()
    {
        var listing = await app.PublishedListingAsync(Unique("Much Claimed Group"));
        for (var claimant = 0; claimant < 5; claimant++)
        {
            await app.CreateLeadAsync($"claimant{claimant}@example.com");
            var client = await app.SignedInClientAsync($"claimant{claimant}@example.com");
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/lead/claim/{listing}", Message("I run it."))).StatusCode);
        }
        await app.CreateLeadAsync("claimant5@example.com");
        var sixth = await app.SignedInClientAsync("claimant5@example.com");

        var refused = await sixth.PostFormAsync($"/lead/claim/{listing}", Message("I run it."));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(5, await app.DbAsync(db => db.ListingClaims.CountAsync(c => c.ListingId == listing)));
    }
}
