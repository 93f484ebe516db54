using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Tests.Lead;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Request bodies: small for anyone, larger only for a signed-in lead's listing form (Safety/BodyLimits).</summary>
public sealed class BodyLimitTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    /// <summary>About 40 KB once encoded: more than any public form needs.</summary>
    private static readonly string Oversized = new('x', 40_000);

    [Fact]
    public async Task An_oversized_anonymous_post_is_refused_with_413_and_a_kind_page_before_it_is_read()
    {
        var listing = await app.PublishedListingAsync(Unique("Body Limit Group"));
        var client = app.CreateBrowserLikeClient();

        var refused = await client.PostFormAsync($"/groups/{listing}/report", new Dictionary<string, string> { ["Input.Kind"] = "Closed", ["Input.Details"] = Oversized });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("larger than this page accepts", PageText.Of(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == listing)));
    }

    [Fact]
    public async Task A_stranger_gets_no_larger_limit_on_the_listing_editor()
    {
        var listing = await app.PublishedListingAsync(Unique("Editor Limit Group"));
        var client = app.CreateBrowserLikeClient();
        var form = await client.GetStringAsync($"/groups/{listing}/report");

        var refused = await client.PostFromPageAsync("/lead/new", form, ListingFormFields.EveryField("Stranger Group").With("Input.Description", Oversized));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_lead_can_send_a_long_listing_with_non_latin_text()
    {
        var (lead, _) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var fields = ListingFormFields.EveryField("Long Words Group")
            .With("Input.Description", new string('ü', 4_900))
            .With("Input.Eligibility", new string('ü', 1_500));

        var response = await lead.PostFormAsync("/lead/new", fields);

        Assert.Equal(new string('ü', 4_900), (await app.ReadListingAsync(ListingFormFields.CreatedId(response))).Description);
    }
}
