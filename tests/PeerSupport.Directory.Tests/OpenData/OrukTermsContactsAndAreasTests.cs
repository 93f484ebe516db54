using PeerSupport.Directory.Listings;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

/// <summary>The two directions of <see cref="OrukTerms"/> the importer added or mended: contact titles, area words, a bare "by arrangement".</summary>
public sealed class OrukTermsContactsAndAreasTests
{
    [Theory]
    [InlineData(ContactKind.Email, "Email")]
    [InlineData(ContactKind.Phone, "Phone")]
    [InlineData(ContactKind.Text, "Text message")]
    [InlineData(ContactKind.Website, "Website")]
    [InlineData(ContactKind.Booking, "Booking")]
    public void Every_contact_kind_is_said_as_a_title_and_read_back(ContactKind kind, string title)
    {
        Assert.Equal(title, OrukTerms.ContactTitle(kind));
        Assert.Equal(kind, OrukTerms.ReadContactTitle(title.ToUpperInvariant()));
    }

    [Fact]
    public void A_persons_job_title_is_no_contact_kind()
    {
        Assert.Null(OrukTerms.ReadContactTitle("Reception Manager"));
    }

    [Fact]
    public void A_national_area_is_said_in_words_and_read_back()
    {
        var words = OrukTerms.ServiceAreaWords(new AreaServed { Kind = AreaKind.National, Name = "England and Wales" });

        Assert.Equal("Anyone in England and Wales", words);
        var back = OrukTerms.ReadServiceAreaWords(words)!;
        Assert.Equal((AreaKind.National, "England and Wales"), (back.Kind, back.Name));
    }

    [Fact]
    public void A_radius_or_a_region_in_words_gives_no_area_to_place()
    {
        var radius = OrukTerms.ServiceAreaWords(new AreaServed { Kind = AreaKind.Radius, Name = "Leeds", RadiusKm = 25 });

        Assert.Equal("Within 25 km of Leeds", radius);
        Assert.Null(OrukTerms.ReadServiceAreaWords(radius));
        Assert.Null(OrukTerms.ReadServiceAreaWords("West Yorkshire"));
    }

    [Fact]
    public void Our_by_arrangement_without_notes_reads_back_without_notes()
    {
        var written = OrukTerms.Schedule(new ListingSchedule { Kind = ScheduleKind.ByArrangement }, Guid.NewGuid(), Guid.NewGuid(), Formats.Phone);

        var back = Assert.Single(OrukTerms.ReadSchedule(written).Schedules);

        Assert.Equal((ScheduleKind.ByArrangement, ""), (back.Kind, back.Notes));
    }
}
