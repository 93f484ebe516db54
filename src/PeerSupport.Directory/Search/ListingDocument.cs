using Lucene.Net.Documents;
using Lucene.Net.Util;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// The one place a listing becomes a Lucene document. Bump <see cref="SchemaVersion"/> whenever
/// the mapping changes: start-up then rebuilds the index from the database.
/// </summary>
public static class ListingDocument
{
    public const string SchemaVersion = "8";

    public const string Id = "id";
    public const string Version = "version";
    public const string Name = "name";
    public const string Text = "text";
    public const string Words = "words";
    public const string Area = "area";
    public const string Tag = "tag";
    public const string TagValues = "tag_dv";
    public const string Reach = "reach";
    public const string ReachValue = "reach_dv";
    public const string Latitude = "lat";
    public const string Longitude = "lon";
    public const string LatitudeValue = "lat_dv";
    public const string LongitudeValue = "lon_dv";
    public const string AreaLatitude = "area_lat";
    public const string AreaLongitude = "area_lon";
    public const string AreaRadiusKm = "area_km";
    public const string AreaWkt = "area_wkt";
    public const string Card = "card";
    public const string IdValue = "id_dv";
    public const string AreaValue = "area_dv";

    /// <summary>The listing's <see cref="FilterSet"/>: days, times, join, cost, run by and access in one number.</summary>
    public const string FilterValue = "filters_dv";

    /// <summary>The nations a national listing is for ("Wales"): <see cref="Geography.Nations"/>, 0 for all.</summary>
    public const string NationsValue = "nations_dv";
    public const string SchedulesValue = "sched_dv";
    public const string ConfirmedValue = "confirmed_dv";

    /// <summary>Taxonomy slugs of the format dimension, one per <see cref="Formats"/> flag.</summary>
    public static readonly IReadOnlyDictionary<Formats, string> FormatTags = new Dictionary<Formats, string>
    {
        [Formats.Group] = "group",
        [Formats.OneToOne] = "one-to-one",
        [Formats.InPerson] = "in-person",
        [Formats.Online] = "online",
        [Formats.Phone] = "phone",
    };

    /// <summary>Only published listings are searchable.</summary>
    public static bool IsSearchable(Listing listing) => listing.Status == ListingStatus.Published;

    public static Reach ReachOf(Listing listing) => listing switch
    {
        { Place: not null } => Search.Reach.Venue,
        { Area.Kind: AreaKind.National } => Search.Reach.National,
        { Area: not null } => Search.Reach.CoversArea,
        _ => Search.Reach.OnlineOrPhone,
    };

    public static Document From(Listing listing)
    {
        var reach = ReachOf(listing);
        var doc = new Document
        {
            new StringField(Id, IdTerm(listing.Id), Field.Store.YES),
            new StringField(Version, listing.Version.ToString("N"), Field.Store.YES),
            new TextField(Name, listing.Name, Field.Store.NO),
            new TextField(Text, SearchableText(listing), Field.Store.NO),
            new TextField(Words, SearchableText(listing), Field.Store.NO),
            new StringField(Reach, reach.ToString(), Field.Store.NO),
            new NumericDocValuesField(ReachValue, (long)reach),
            // Doc values, not a stored field: a page's cards are read without decompressing stored-field blocks.
            new BinaryDocValuesField(Card, new BytesRef(CardOf(listing).ToUtf8Json())),
            new NumericDocValuesField(IdValue, listing.Id),
            new NumericDocValuesField(FilterValue, FilterGroups.Of(listing).Bits),
            new NumericDocValuesField(NationsValue, listing.Area is { Kind: AreaKind.National } national ? (long)Geography.NationNames.Named(national.Name) : 0),
            new BinaryDocValuesField(SchedulesValue, new BytesRef(ScheduleBytes.Encode(listing.Schedules))),
            new NumericDocValuesField(ConfirmedValue, listing.LastConfirmedAt?.Ticks ?? 0),
        };
        foreach (var slug in TagSlugs(listing))
        {
            doc.Add(new StringField(Tag, slug, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(TagValues, new BytesRef(slug)));
        }
        // Address on request: the index holds only the ~1 km area, like everything public.
        if (listing.PublicPlaceOf() is { } place)
        {
            doc.Add(new DoubleField(Latitude, place.Latitude, Field.Store.NO));
            doc.Add(new DoubleField(Longitude, place.Longitude, Field.Store.NO));
            doc.Add(new DoubleDocValuesField(LatitudeValue, place.Latitude));
            doc.Add(new DoubleDocValuesField(LongitudeValue, place.Longitude));
        }
        if (listing.Area is { } area)
        {
            // A venue's group may also serve an area (outreach, ward visiting): found there too.
            doc.Add(new StringField(Area, area.Kind.ToString(), Field.Store.NO));
            doc.Add(new NumericDocValuesField(AreaValue, 1 + (long)area.Kind));
            if (area is { Latitude: { } lat, Longitude: { } lon, RadiusKm: { } km })
            {
                doc.Add(new StoredField(AreaLatitude, lat));
                doc.Add(new StoredField(AreaLongitude, lon));
                doc.Add(new StoredField(AreaRadiusKm, Geography.AreaShapes.EffectiveRadiusKm(km)));
            }
            if (area.Wkt is { } wkt)
            {
                doc.Add(new StoredField(AreaWkt, wkt));
            }
        }
        return doc;
    }

    /// <summary>Ids as fixed-width strings so a term lookup is exact.</summary>
    public static string IdTerm(int id) => id.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<string> TagSlugs(Listing listing) =>
        listing.Tags.Select(t => t.Slug)
            .Concat(FormatTags.Where(f => listing.Formats.HasFlag(f.Key)).Select(f => f.Value))
            .Distinct();

    private static string SearchableText(Listing l) => string.Join('\n', new[]
    {
        l.Name, l.Summary, l.Description, l.WhoFor, l.Eligibility, l.Organisation, l.Place?.Town ?? "", l.Area?.Name ?? "", l.Languages,
    }.Concat(l.Tags.Select(t => t.Name)).Concat(l.Tags.SelectMany(t => t.Synonyms)));

    public static ListingCard CardOf(Listing l) => new()
    {
        Id = l.Id,
        Name = l.Name,
        Slug = l.Slug,
        ShortCode = l.ShortCode,
        Summary = l.Summary,
        WhoFor = l.WhoFor,
        TagNames = l.Tags.Where(t => t.Dimension?.Slug is not (Taxonomy.Dimensions.Format or Taxonomy.Dimensions.Activity))
            .Select(t => t.Name).ToList(),
        Formats = l.Formats,
        JoinBy = l.JoinBy,
        RunBy = l.RunBy,
        Town = l.Place?.Town ?? "",
        AreaName = l.Area?.Name ?? "",
        Schedules = l.Schedules.Select(s => s.Copy()).ToList(),
        LastConfirmedAt = l.LastConfirmedAt,
    };
}
