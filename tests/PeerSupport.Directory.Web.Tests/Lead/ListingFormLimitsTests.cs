using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>
/// Every bound of <see cref="ListingLimits"/> on the lead's listing form: one over it gets a
/// message beside its own field (not only in the summary), the form comes back with everything
/// typed, and nothing is saved.
/// </summary>
public sealed class ListingFormLimitsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Theory]
    [InlineData("Input.Name", ListingLimits.Name)]
    [InlineData("Input.Summary", ListingLimits.Summary)]
    [InlineData("Input.Description", ListingLimits.Description)]
    [InlineData("Input.WhoFor", ListingLimits.WhoFor)]
    [InlineData("Input.Eligibility", ListingLimits.Eligibility)]
    [InlineData("Input.FirstVisit", ListingLimits.FirstVisit)]
    [InlineData("Input.Organisation", ListingLimits.Organisation)]
    [InlineData("Input.Languages", ListingLimits.Languages)]
    [InlineData("Input.CostNotes", ListingLimits.CostNotes)]
    [InlineData("Input.Place.VenueName", ListingLimits.VenueName)]
    [InlineData("Input.Place.Address", ListingLimits.Address)]
    [InlineData("Input.Place.Town", ListingLimits.Town)]
    [InlineData("Input.Place.Postcode", ListingLimits.Postcode)]
    [InlineData("Input.Area.Name", ListingLimits.AreaName)]
    [InlineData("Input.Contacts[0].Value", ListingLimits.ContactValue)]
    [InlineData("Input.Contacts[0].Label", ListingLimits.ContactLabel)]
    [InlineData("Input.Schedules[3].Notes", ListingLimits.ScheduleNotes)]
    public async Task A_text_field_one_character_over_its_limit_gets_a_message_beside_it_and_saves_nothing(string field, int limit)
    {
        // A web address can be any length, so the only thing wrong with the contact is its length.
        var tooLong = field == "Input.Contacts[0].Value" ? "https://example.org/" + new string('w', limit - 19) : new string('w', limit + 1);
        var (lead, id, savedName) = await ListingToEditAsync();
        var fields = ListingFormFields.EveryField(TestListings.Unique("Typed Name")).With(field, tooLong);
        if (field == "Input.Contacts[0].Value")
        {
            fields = fields.With("Input.Contacts[0].Kind", "Website");
        }

        var response = await lead.PostFormAsync($"/lead/{id}/edit", fields);

        var html = await RefusedFormAsync(response, id, savedName);
        Assert.Contains($"{limit} characters or fewer", Forms.FieldMessage(html, field), StringComparison.Ordinal);
        Assert.Contains(tooLong, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_contacts_than_the_limit_get_a_message_beside_the_contacts_and_every_row_is_kept()
    {
        var (lead, id, savedName) = await ListingToEditAsync();
        var rows = Enumerable.Range(0, ListingLimits.Contacts + 1).SelectMany(i => new KeyValuePair<string, string>[]
        {
            new($"Input.Contacts[{i}].Kind", "Email"),
            new($"Input.Contacts[{i}].Value", $"person{i}@example.org"),
        });

        var response = await lead.PostFormAsync($"/lead/{id}/edit", [.. Without("Input.Contacts[", ListingFormFields.EveryField(TestListings.Unique("Typed Name"))), .. rows]);

        var html = await RefusedFormAsync(response, id, savedName);
        Assert.Contains($"at most {ListingLimits.Contacts} ways to get in touch", Forms.FieldMessage(html, "Input.Contacts"), StringComparison.Ordinal);
        Assert.Contains($"value=\"person{ListingLimits.Contacts}@example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_meeting_times_than_the_limit_get_a_message_beside_the_meeting_times_and_every_row_is_kept()
    {
        var (lead, id, savedName) = await ListingToEditAsync();
        var rows = Enumerable.Range(0, ListingLimits.Schedules + 1).SelectMany(i => new KeyValuePair<string, string>[]
        {
            new($"Input.Schedules[{i}].Kind", "ByArrangement"),
            new($"Input.Schedules[{i}].Notes", $"Session {i}"),
        });

        var response = await lead.PostFormAsync($"/lead/{id}/edit", [.. Without("Input.Schedules[", ListingFormFields.EveryField(TestListings.Unique("Typed Name"))), .. rows]);

        var html = await RefusedFormAsync(response, id, savedName);
        Assert.Contains($"at most {ListingLimits.Schedules} meeting times", Forms.FieldMessage(html, "Input.Schedules"), StringComparison.Ordinal);
        Assert.Contains($"value=\"Session {ListingLimits.Schedules}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_tags_than_the_limit_get_a_message_beside_the_tags_and_every_choice_is_kept()
    {
        var (lead, id, savedName) = await ListingToEditAsync();
        var slugs = await app.DbAsync(db => db.TaxonomyTags.OrderBy(t => t.Id).Select(t => t.Slug).Take(ListingLimits.Tags + 1).ToListAsync());
        Assert.Equal(ListingLimits.Tags + 1, slugs.Count);

        var response = await lead.PostFormAsync($"/lead/{id}/edit", [.. Without("Input.Tags", ListingFormFields.EveryField(TestListings.Unique("Typed Name"))), .. slugs.Select(s => new KeyValuePair<string, string>("Input.Tags", s))]);

        var html = await RefusedFormAsync(response, id, savedName);
        Assert.Contains($"Choose at most {ListingLimits.Tags}", Forms.FieldMessage(html, "Input.Tags"), StringComparison.Ordinal);
        Assert.All(slugs, slug => Assert.Contains($"value=\"{slug}\"", html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("points", ListingLimits.RegionPoints + 1, 6)]
    [InlineData("characters", 600, 40)]
    public async Task A_region_boundary_over_its_limit_gets_a_message_beside_it_and_is_kept(string limit, int points, int decimals)
    {
        var (lead, id, savedName) = await ListingToEditAsync();
        var wkt = BoundaryAroundLeeds(points, decimals);
        Assert.True(limit == "points" ? wkt.Length <= ListingLimits.RegionWkt : wkt.Length > ListingLimits.RegionWkt, $"The {limit} case's boundary is {wkt.Length} characters.");
        var fields = Without("Input.Area.", ListingFormFields.EveryField(TestListings.Unique("Typed Name")))
            .With("Input.Area.Kind", "Region").With("Input.Area.Name", "Around Leeds").With("Input.Area.Wkt", wkt);

        var response = await lead.PostFormAsync($"/lead/{id}/edit", fields);

        var html = await RefusedFormAsync(response, id, savedName);
        var expected = limit == "points" ? $"{ListingLimits.RegionPoints} points or fewer" : $"{ListingLimits.RegionWkt} characters or fewer";
        Assert.Contains(expected, Forms.FieldMessage(html, "Input.Area.Wkt"), StringComparison.Ordinal);
        Assert.Contains(wkt, html, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Lead, int Id, string SavedName)> ListingToEditAsync()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var name = TestListings.Unique("Bounded Group");
        return (lead, await app.PublishedListingAsync(name, userId), name);
    }

    /// <summary>The form came back (200) and the listing is as it was saved before.</summary>
    private async Task<string> RefusedFormAsync(HttpResponseMessage response, int id, string savedName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(savedName, (await app.ReadListingAsync(id)).Name);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<KeyValuePair<string, string>> Without(string prefix, List<KeyValuePair<string, string>> fields) =>
        [.. fields.Where(f => !f.Key.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>A closed ring of <paramref name="points"/> points (the last repeats the first) round Leeds, each coordinate with so many decimals.</summary>
    private static string BoundaryAroundLeeds(int points, int decimals)
    {
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        string Point(int i)
        {
            var angle = 2 * Math.PI * (i % (points - 1)) / (points - 1);
            return $"{(-1.55 + 0.1 * Math.Cos(angle)).ToString(format, CultureInfo.InvariantCulture)} {(53.8 + 0.06 * Math.Sin(angle)).ToString(format, CultureInfo.InvariantCulture)}";
        }
        return new StringBuilder("POLYGON((").AppendJoin(", ", Enumerable.Range(0, points).Select(Point)).Append("))").ToString();
    }
}
