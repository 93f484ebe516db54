using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Tests.Lead;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// A form with a NUL character anywhere is refused with 400 and the kind status page before any
/// page or the jobs dashboard reads it (Safety/ReadableForms): never a server error, never stored.
/// </summary>
public sealed class ReadableFormsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private const string Refused = "Something in what was sent could not be read, so nothing was saved or sent";

    [Theory]
    [InlineData("Input.Details", "The group\0 has closed.")]
    [InlineData("Input.Kind\0", "Closed")]
    public async Task A_nul_in_a_public_form_is_refused_with_400_and_the_kind_page_and_nothing_is_stored(string field, string value)
    {
        var listing = await app.PublishedListingAsync(TestListings.Unique("Nul Report Group"));
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostFormAsync($"/groups/{listing}/report", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Closed",
            ["Input.Details"] = "The group has closed.",
            [field] = value,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refused, PageText.Of(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == listing)));
    }

    [Fact]
    public async Task A_nul_in_a_public_form_sent_as_multipart_is_refused_with_400_and_nothing_is_stored()
    {
        var listing = await app.PublishedListingAsync(TestListings.Unique("Nul Multipart Group"));
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostMultipartFormAsync($"/groups/{listing}/report", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Closed",
            ["Input.Details"] = "The group\0 has closed.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refused, PageText.Of(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == listing)));
    }

    [Fact]
    public async Task A_nul_in_the_listing_form_is_refused_with_400_and_the_kind_page_and_nothing_is_saved()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var name = TestListings.Unique("Nul Listing Group");
        var id = await app.PublishedListingAsync(name, userId);

        var response = await lead.PostFormAsync($"/lead/{id}/edit", ListingFormFields.EveryField("Typed\0 Name").With("Input.Description", "Tea\0 and talk"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refused, PageText.Of(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(name, (await app.ReadListingAsync(id)).Name);
    }

    [Fact]
    public async Task A_nul_in_a_jobs_dashboard_post_is_refused_with_400_and_the_kind_page()
    {
        var admin = await app.SignedInAsync($"{Guid.NewGuid():N}@example.com", Roles.Admin);
        var page = await admin.GetStringAsync("/admin/jobs/recurring");
        var header = Regex.Match(page, "name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(page, "name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEqual("", token);
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/jobs/recurring/trigger") { Content = new FormUrlEncodedContent([new("jobs[]", "index\0reconcile")]) };
        request.Headers.Add(header, WebUtility.HtmlDecode(token));

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refused, PageText.Of(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
