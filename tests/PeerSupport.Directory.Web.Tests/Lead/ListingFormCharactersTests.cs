using System.Net;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>
/// A one-line field of the listing form takes no line break of any kind (CR, LF, NEL, the line and
/// paragraph separators): each gets "keep this on one line" beside the field, the form comes back
/// with what was typed, and nothing is saved, so no name or contact can break an email header or a page.
/// </summary>
public sealed class ListingFormCharactersTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static readonly (string Name, string Character)[] LineBreaks =
    [
        ("CR", "\r"), ("LF", "\n"), ("NEL", "\u0085"), ("line separator", "\u2028"), ("paragraph separator", "\u2029"),
    ];

    [Theory]
    [InlineData("Input.Name")]
    [InlineData("Input.Summary")]
    [InlineData("Input.Organisation")]
    [InlineData("Input.CostNotes")]
    [InlineData("Input.Languages")]
    [InlineData("Input.Contacts[0].Value")]
    [InlineData("Input.Contacts[0].Label")]
    [InlineData("Input.Schedules[3].Notes")]
    [InlineData("Input.Place.VenueName")]
    [InlineData("Input.Place.Address")]
    [InlineData("Input.Place.Town")]
    [InlineData("Input.Place.Postcode")]
    [InlineData("Input.Area.Name")]
    public async Task Every_kind_of_line_break_in_a_one_line_field_gets_a_message_beside_it_and_saves_nothing(string field)
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var savedName = TestListings.Unique("One Line Group");
        var id = await app.PublishedListingAsync(savedName, userId);
        var refusedWithout = new List<string>();

        foreach (var (name, character) in LineBreaks)
        {
            var value = field switch
            {
                "Input.Contacts[0].Value" => $"walks{character}@example.org",
                "Input.Place.Postcode" => $"LS8{character}2HH",
                _ => $"Walk{character}and talk",
            };
            var response = await lead.PostFormAsync($"/lead/{id}/edit", ListingFormFields.EveryField(TestListings.Unique("Typed Name")).With(field, value));

            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK
                || !Forms.FieldMessage(html, field).Contains("Keep this on one line", StringComparison.Ordinal)
                || !WebUtility.HtmlDecode(html).Contains(value, StringComparison.Ordinal)
                || (await app.ReadListingAsync(id)).Name != savedName)
            {
                refusedWithout.Add(name);
            }
        }

        // The line breaks that were not refused with the field's message, the typed value kept and nothing saved.
        Assert.Empty(refusedWithout);
    }
}
