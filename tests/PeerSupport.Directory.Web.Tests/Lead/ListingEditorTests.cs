using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>The listing form for leads: adding a listing, previewing it, fixing mistakes, finding its place, and editing it.</summary>
public sealed class ListingEditorTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task A_new_listing_with_every_field_waits_for_review_led_by_its_creator_and_is_in_no_search()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);

        var response = await lead.PostFormAsync("/lead/new", ListingFormFields.EveryField("Zephyrwalk Women"));

        var listing = await app.ReadListingAsync(ListingFormFields.CreatedId(response));
        Assert.Equal(ListingStatus.Pending, listing.Status);
        Assert.Equal(userId, Assert.Single(listing.Leads, l => l.IsPrimary).UserId);
        Assert.True(ShortLinkCode.LooksValid(listing.ShortCode));
        Assert.Equal("zephyrwalk-women", listing.Slug);
        Assert.Equal(["hearing-voices", "walking", "women"], listing.Tags.Select(t => t.Slug).Order());
        Assert.Equal(Formats.Group | Formats.InPerson | Formats.Online, listing.Formats);
        Assert.Equal((RunBy.PeersWithStaff, HostType.VoluntarySector, JoinBy.ContactFirst, Cost.Donation), (listing.RunBy, listing.HostType, listing.JoinBy, listing.Cost));
        Assert.Equal(Accessibility.StepFree | Accessibility.QuietSpace, listing.Accessibility);
        Assert.Equal(2, listing.Contacts.Count);
        Assert.Equal(
            [ScheduleKind.Weekly, ScheduleKind.Fortnightly, ScheduleKind.MonthlyNthWeekday, ScheduleKind.OneOff, ScheduleKind.ByArrangement],
            listing.Schedules.OrderBy(s => s.Id).Select(s => s.Kind));
        Assert.Equal(new DateOnly(2026, 12, 31), listing.Schedules.Single(s => s.Kind == ScheduleKind.OneOff).Date);
        Assert.Equal("Roundhay Park Lodge", listing.Place!.VenueName);
        Assert.InRange(listing.Place.Latitude, 53.7, 53.9);
        Assert.Equal((AreaKind.Radius, 15.0), (listing.Area!.Kind, listing.Area.RadiusKm));
        Assert.True(listing.AcceptsMessages);

        Assert.DoesNotContain("Zephyrwalk", await app.CreateBrowserLikeClient().GetStringAsync("/find?q=zephyrwalk"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().GetAsync($"/groups/{listing.Id}/{listing.Slug}")).StatusCode);
        Assert.Contains("waiting for review", await lead.GetStringAsync($"/lead?created={listing.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_shows_the_unsaved_listing_through_the_public_page_and_saves_nothing()
    {
        var (lead, _) = await app.SignedInAsNewUserAsync(Roles.Lead);

        var response = await lead.PostFormAsync("/lead/new", action: "/lead/new?handler=Preview", fields: ListingFormFields.EveryField("Yarrowmere Voices"));

        var text = PageText.Of(await response.Content.ReadAsStringAsync());
        Assert.Contains("how the public will see this listing", text, StringComparison.Ordinal);
        Assert.Contains("Every Tuesday, 6pm to 8pm", text, StringComparison.Ordinal);
        Assert.Contains("Last Friday of the month, from 1:30pm", text, StringComparison.Ordinal);
        Assert.Contains("Someone meets you at the gate.", text, StringComparison.Ordinal);
        Assert.Contains("value=\"Yarrowmere Voices\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.WithDbAsync(async db => Assert.False(await db.Listings.AnyAsync(l => l.Name == "Yarrowmere Voices")));
    }

    [Fact]
    public async Task Invalid_input_is_refused_next_to_each_field_keeping_what_was_typed()
    {
        var (lead, _) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var fields = ListingFormFields.EveryField("")
            .With("Input.Summary", "Kept summary words")
            .With("Input.Schedules[0].Day", "")
            .With("Input.Schedules[3].End", "09:00")
            .With("Input.Contacts[2].Label", "Label without a value");

        var response = await lead.PostFormAsync("/lead/new", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Name\">Enter the name of the group</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Schedules_0__Day\">Choose the day", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Schedules_3__End\">The end time must be after the start time", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Contacts_2__Value\">Enter the email address, phone number or web address", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept summary words\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Label without a value\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Roundhay Park Lodge\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"hearing-voices\" id=\"tag-hearing-voices\" checked=\"checked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_another_contact_keeps_everything_typed_and_offers_one_more_row()
    {
        var (lead, _) = await app.SignedInAsNewUserAsync(Roles.Lead);

        var response = await lead.PostFormAsync("/lead/new", action: "/lead/new?handler=AddContact", fields: ListingFormFields.EveryField("Quinceway Group"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Input.Contacts[3].Value\"", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/lead/new\" novalidate", html, StringComparison.Ordinal);
        Assert.Contains("value=\"walks@example.org\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("There is a problem", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding_an_ambiguous_place_name_offers_a_choice_and_the_choice_fills_the_coordinates()
    {
        var (lead, _) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var fields = ListingFormFields.EveryField("Richmond Walkers").With("Input.Place.Search", "Richmond").With("Input.Place.Town", "");

        var choices = await (await lead.PostFormAsync("/lead/new", action: "/lead/new?handler=FindPlace", fields: fields)).Content.ReadAsStringAsync();
        Assert.Contains("Which one did you mean?", choices, StringComparison.Ordinal);
        Assert.Contains("name=\"pick\" value=\"Richmond, North Yorkshire, England\"", choices, StringComparison.Ordinal);

        var picked = await (await lead.PostFormAsync("/lead/new", action: "/lead/new?handler=PickPlace", fields: fields.With("pick", "Richmond, North Yorkshire, England"))).Content.ReadAsStringAsync();
        var latitude = double.Parse(Forms.HiddenValue(picked, "Input.Place.Latitude"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(latitude, 54.3, 54.5);
    }

    [Fact]
    public async Task An_edit_by_the_lead_goes_live_at_once_and_is_searchable()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync("Brackenfold Circle", userId);
        var form = ListingFormFields.EveryField("Brackenfold Circle");

        var response = await lead.PostFormAsync($"/lead/{id}/edit", form.With("Input.Summary", "Now with gardening and ploughshare tea."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var listing = await app.ReadListingAsync(id);
        Assert.Equal(ListingStatus.Published, listing.Status);
        Assert.Contains("Brackenfold Circle", await app.CreateBrowserLikeClient().GetStringAsync("/find?q=ploughshare"), StringComparison.Ordinal);
        await app.WithDbAsync(async db => Assert.Contains(
            await db.ListingChanges.Where(c => c.ListingId == id).ToListAsync(),
            c => c.ChangedBy == $"user:{userId}" && c.Fields.Any(f => f.Field == "Summary")));
    }

    [Fact]
    public async Task A_stale_save_is_refused_showing_the_other_change_and_keeping_this_persons_input()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var (moderator, _) = await app.SignedInAsNewUserAsync(Roles.Moderator);
        var id = await app.PublishedListingAsync("Thistledown Peers", userId);
        var form = ListingFormFields.EveryField("Thistledown Peers");
        var leadPage = await lead.GetStringAsync($"/lead/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect,
            (await moderator.PostFormAsync($"/lead/{id}/edit", form.With("Input.Summary", "The moderator's summary."))).StatusCode);

        var refused = await lead.PostFromPageAsync($"/lead/{id}/edit", leadPage, form.With("Input.Summary", "The lead's own summary."));

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else changed this listing", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Summary</th><td>Thistledown Peers meets every week.</td><td>The moderator&#x27;s summary.</td><td>The lead&#x27;s own summary.</td>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"The lead&#x27;s own summary.\"", html, StringComparison.Ordinal);
        Assert.Equal("The moderator's summary.", (await app.ReadListingAsync(id)).Summary);

        // The refusal shows the form again with the version now saved, so saving from it works.
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFromPageAsync($"/lead/{id}/edit", html, form.With("Input.Summary", "The lead's own summary."))).StatusCode);
        Assert.Equal("The lead's own summary.", (await app.ReadListingAsync(id)).Summary);
    }

    [Fact]
    public async Task A_moderator_can_edit_a_listing_they_do_not_lead()
    {
        var (_, leadId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var (moderator, _) = await app.SignedInAsNewUserAsync(Roles.Moderator);
        var id = await app.PublishedListingAsync("Sorrelbank Friends", leadId);
        var form = ListingFormFields.EveryField("Sorrelbank Friends");

        var response = await moderator.PostFormAsync($"/lead/{id}/edit", form.With("Input.WhoFor", "Anyone, moderated"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Anyone, moderated", (await app.ReadListingAsync(id)).WhoFor);
    }

    [Fact]
    public async Task A_listing_sent_back_by_a_moderator_goes_to_review_again_when_its_lead_saves_it()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync("Sent Back Sorrel Group", userId);
        await app.WithDbAsync(db => db.Listings.Where(l => l.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Status, ListingStatus.Draft).SetProperty(l => l.ModeratorNote, "Please add a meeting time.")));

        var form = ListingFormFields.EveryField("Sent Back Sorrel Group");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/lead/{id}/edit", form)).StatusCode);

        Assert.Equal(ListingStatus.Pending, (await app.ReadListingAsync(id)).Status);
    }

    [Fact]
    public async Task Address_on_request_shows_only_the_area_on_the_page_in_search_and_in_the_export()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync("Hawthorn Haven Women", userId);
        var form = (ListingFormFields.EveryField("Hawthorn Haven Women"))
            .With("Input.Place.Latitude", "53.812345").With("Input.Place.Longitude", "-1.512345")
            .With("Input.AddressOnRequest", "true");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/lead/{id}/edit", form)).StatusCode);

        var page = PageText.Of(await app.CreateBrowserLikeClient().GetStringAsync($"/groups/{id}/hawthorn-haven-women"));
        var results = PageText.Of(await app.CreateBrowserLikeClient().GetStringAsync("/find?q=hawthorn&where=Leeds&map=true"));
        string export = "";
        await app.WithScopeAsync(async services =>
        {
            using var stream = new MemoryStream();
            await services.GetRequiredService<ListingExporter>().ExportAsync(stream);
            stream.Position = 0;
            var file = await System.Text.Json.JsonSerializer.DeserializeAsync<ListingFile>(stream, ListingFile.Json);
            export = System.Text.Json.JsonSerializer.Serialize(file!.Listings.Single(l => l.Name == "Hawthorn Haven Women"), ListingFile.Json);
        });

        Assert.Contains("Address given when you contact the group", page, StringComparison.Ordinal);
        Assert.Contains("Leeds, LS8", page, StringComparison.Ordinal);
        Assert.Contains("Hawthorn Haven Women", results, StringComparison.Ordinal);
        foreach (var secret in new[] { "Roundhay Park Lodge", "12 Mansion Lane", "2HH", "53.812345", "-1.512345" })
        {
            Assert.False(page.Contains(secret, StringComparison.Ordinal), $"{secret} is on the page");
            Assert.False(results.Contains(secret, StringComparison.Ordinal), $"{secret} is in the results");
            Assert.False(export.Contains(secret, StringComparison.Ordinal), $"{secret} is in the export");
        }
        Assert.Contains("\"latitude\": 53.81", export, StringComparison.Ordinal);
    }
}
