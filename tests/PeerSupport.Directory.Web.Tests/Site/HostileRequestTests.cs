using System.Net;
using System.Text;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Tests.Lead;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Each server error a sweep of hostile values found (issue 14), one test a cause: the request
/// gets a clear 4xx and the site's own page, never a 500. The sweep itself is <see cref="HostileInputTests"/>.
/// </summary>
public sealed class HostileRequestTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Theory]
    [InlineData("/find?tag=")]
    [InlineData("/find?tag=%20")]
    [InlineData("/find?format=%20")]
    [InlineData("/find?format=")]
    [InlineData("/find?activity=")]
    [InlineData("/find?activity=%20&tag=women")]
    public async Task An_empty_filter_on_the_results_page_is_ignored_not_a_server_error(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/find?q=a%00b")]
    [InlineData("/find?where=%00")]
    [InlineData("/find?where=Leeds&tag=women%0D%0AX-Injected:%201")]
    [InlineData("/find?q=%1B%5B31m")]
    [InlineData("/find?%00=1")]
    [InlineData("/groups/1?returnUrl=%07")]
    public async Task A_control_character_in_a_query_string_answers_the_kind_bad_request_page_without_echoing_it(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That could not be read", PageText.Of(html), StringComparison.Ordinal);
        Assert.DoesNotContain(html, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        Assert.DoesNotContain("&#x0;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_sent_to_place_suggestions_answers_a_problem_not_a_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/places/suggest?q=Lee%00ds");
        request.Headers.Accept.ParseAdd("application/json");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/find?q=women%09Leeds")]
    [InlineData("/find?where=Leeds&q=caf%C3%A9%20%E2%80%9Cwomen%E2%80%9D")]
    public async Task A_tab_or_any_printable_character_a_person_may_paste_still_searches(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("/g/%20")]
    [InlineData("/g/%0A")]
    [InlineData("/answer/1/%20")]
    [InlineData("/l/%0D%0A")]
    public async Task A_blank_code_or_token_in_a_link_answers_the_kind_not_found_page(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("OPTIONS")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Methods_the_site_does_not_speak_answer_405_with_an_allow_header(string method)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t")]
    public async Task A_whitespace_only_email_on_message_this_group_keeps_the_form_with_a_field_message(string email)
    {
        var leadId = await app.CreateLeadAsync($"{Guid.NewGuid():N}@example.com");
        var id = (await app.AddListingAsync(TestListings.Group(TestListings.Unique("Messaged Group")), [leadId], l => l.AcceptsMessages = true)).Id;

        var response = await client.PostFormAsync($"/groups/{id}/message", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Message"] = "Is the group still meeting on Wednesdays?",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter your email address, so the group can reply", html, StringComparison.Ordinal);
        Assert.Contains("Is the group still meeting on Wednesdays?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_declaring_utf7_is_refused_with_415_not_a_server_error()
    {
        var page = await client.GetStringAsync("/account/login");
        var body = new StringContent($"Input.Email=a%40example.com&{Forms.TokenField}={Uri.EscapeDataString(Forms.TokenIn(page))}", Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-7");

        var response = await client.PostAsync("/account/login", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("Input.AcceptsMessages", "maybe")]
    [InlineData("Input.AddressOnRequest", "yes please")]
    public async Task A_non_boolean_checkbox_on_the_listing_form_gets_a_field_message_and_keeps_the_input(string field, string value)
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync(TestListings.Unique("Checkbox Group"), userId);
        var name = TestListings.Unique("Kept Name");

        var response = await lead.PostFormAsync($"/lead/{id}/edit", ListingFormFields.EveryField(name).With(field, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains("Tick the box or leave it empty", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"Name\":5}")]
    public async Task A_broken_original_on_a_stale_edit_still_shows_the_conflict_page(string original)
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync(TestListings.Unique("Stale Group"), userId);
        var page = await lead.GetStringAsync($"/lead/{id}/edit");
        await app.WithDbAsync(async db =>
        {
            var listing = await db.Listings.FindAsync(id);
            listing!.Summary = "Someone else saved this first.";
            await db.SaveChangesAsync();
        });
        var name = TestListings.Unique("Typed Name");

        var response = await lead.PostFromPageAsync($"/lead/{id}/edit", page, ListingFormFields.EveryField(name).With("Input.Original", original));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this listing while you were editing it.", html, StringComparison.Ordinal);
        Assert.Contains(name, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/status/200")]
    [InlineData("/status/0")]
    [InlineData("/status/302")]
    [InlineData("/status/500")]
    public async Task A_request_cannot_choose_the_status_of_the_status_page(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("200", HttpStatusCode.NotFound)]
    [InlineData("\0", HttpStatusCode.BadRequest)]
    public async Task A_code_field_cannot_choose_the_status(string code, HttpStatusCode expected)
    {
        // A NUL never reaches the page: the form is refused as unreadable (Safety/ReadableForms).
        var response = await client.PostAsync("/status/404", new FormUrlEncodedContent([new("code", code), new("Code", "200")]));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_redirect_is_not_built_from_the_requests_host_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/lead");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.DoesNotContain("evil.example", location, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/account/login?ReturnUrl=", location, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Input.Name", "Walk\r\nand talk")]
    [InlineData("Input.Summary", "Bell\u0007 ringers")]
    [InlineData("Input.Organisation", "Escape\u001b Org")]
    public async Task Control_characters_in_a_single_line_field_get_a_field_message_and_keep_what_was_typed(string field, string value)
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync(TestListings.Unique("Control Group"), userId);
        var name = TestListings.Unique("Kept Control");

        var response = await lead.PostFormAsync($"/lead/{id}/edit", ListingFormFields.EveryField(name).With(field, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(field == "Input.Name" ? "Keep this on one line, without line breaks" : "Remove the hidden control characters", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.ReadListingAsync(id) is var saved ? saved.Name : "", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_break_in_the_description_is_still_allowed()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync(TestListings.Unique("Multiline Group"), userId);
        var name = TestListings.Unique("Multiline");

        var response = await lead.PostFormAsync($"/lead/{id}/edit", ListingFormFields.EveryField(name).With("Input.Description", "Line one\r\n\tLine two"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(name, (await app.ReadListingAsync(id)).Name);
    }
}
