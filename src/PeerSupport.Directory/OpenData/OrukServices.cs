using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// A listing as Open Referral UK objects, from its public view only: the venue as
/// <see cref="PublicPlace"/> shows it (the area only for "address on request"), the listing's own
/// public contacts (a lead's address is never read), its public status. Every id comes from
/// <see cref="PublicIds"/>. Lists that would be empty are left null so the JSON leaves them out.
/// The listing must come with its schedules, contacts and tags (with their dimensions).
/// </summary>
public static class OrukServices
{
    /// <summary>The description of the location of an address-on-request group: its name is the town, and there is no address.</summary>
    public const string AreaOnlyVenue = "The exact venue is given to people who contact the group.";

    /// <summary>The full service, as <c>/services/{id}</c> answers.</summary>
    public static OrukService Service(Listing listing, string pageUrl)
    {
        var id = listing.PublicId;
        var schedules = listing.Schedules.OrderBy(s => s.Id).ToList();
        var booking = listing.Contacts.FirstOrDefault(c => c.Kind == ContactKind.Booking && ContactValues.Href(c.Kind, c.Value) is not null)?.Value;
        return Summary(listing, pageUrl) with
        {
            Schedules = NullIfEmpty(schedules.Select((s, n) => OrukTerms.Schedule(s, PublicIds.Schedule(id, n), id, listing.Formats) with { ScheduleLink = booking })),
            ServiceAreas = listing.PublicAreaOf() is { Name.Length: > 0 } area ? [ServiceArea(id, area)] : null,
            ServiceAtLocations = [ServiceAtLocation(listing, pageUrl, withService: false)],
            Languages = NullIfEmpty(LanguagesOf(listing).Select(name => new OrukLanguage(PublicIds.Language(id, name), id, name))),
            CostOptions = [CostOptionOf(listing)],
            Contacts = NullIfEmpty(listing.Contacts.OrderBy(c => c.Id).Select((c, n) => (c, n)).Where(x => ContactValues.Href(x.c.Kind, x.c.Value) is not null).Select(x => Contact(listing, x.c, x.n))),
            Attributes = NullIfEmpty(listing.Tags.Where(t => t.Dimension is not null).OrderBy(t => t.Dimension!.SortOrder).ThenBy(t => t.SortOrder).Select(t =>
            {
                var term = Term(t, t.Dimension!);
                return new OrukAttribute(PublicIds.Attribute(id, term.Id), id, "service", term.Id, term);
            })),
        };
    }

    private static OrukServiceArea ServiceArea(Guid serviceId, AreaServed area)
    {
        var extent = OrukExtent.Write(area);
        return new OrukServiceArea
        {
            Id = PublicIds.ServiceArea(serviceId),
            ServiceId = serviceId,
            Name = area.Name,
            ServiceArea = OrukTerms.ServiceAreaWords(area),
            Extent = extent,
            ExtentType = extent is null ? null : OrukExtent.GeoJson,
        };
    }

    /// <summary>The service's one-to-one fields only, as a list of services carries it.</summary>
    public static OrukService Summary(Listing listing, string pageUrl)
    {
        var organisation = listing.Organisation.Trim();
        var email = listing.Contacts.OrderBy(c => c.Id).FirstOrDefault(c => c.Kind == ContactKind.Email && ContactValues.Href(c.Kind, c.Value) is not null)?.Value;
        var website = listing.Contacts.OrderBy(c => c.Id).FirstOrDefault(c => c.Kind == ContactKind.Website && ContactValues.Href(c.Kind, c.Value) is not null)?.Value;
        return new OrukService
        {
            Id = listing.PublicId,
            Name = listing.Name,
            Description = OrukTerms.Description(listing),
            Url = website ?? pageUrl,
            Email = email,
            Status = OrukTerms.Status(listing.Status) ?? throw new ArgumentException("Only a public listing is open data.", nameof(listing)),
            AssuredDate = listing.LastConfirmedAt is { } confirmed ? OrukTerms.Date(UkCalendar.Day(confirmed)) : null,
            LastModified = DateTime.SpecifyKind(listing.UpdatedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            OrganizationId = organisation.Length == 0 ? null : PublicIds.Organisation(organisation),
            Organization = organisation.Length == 0 ? null : new OrukOrganization(PublicIds.Organisation(organisation), organisation, ListingWords.Host(listing.HostType)),
        };
    }

    /// <summary>
    /// The listing's one service_at_location: its venue (physical) when it meets in person, else a
    /// virtual location for online and phone support. A hybrid group is its venue; its schedules'
    /// attending_type says "hybrid".
    /// </summary>
    public static OrukServiceAtLocation ServiceAtLocation(Listing listing, string pageUrl, bool withService)
    {
        var id = listing.PublicId;
        var location = Location(listing);
        return new OrukServiceAtLocation
        {
            Id = PublicIds.ServiceAtLocation(id),
            ServiceId = id,
            LocationId = location.Id,
            Location = location,
            Service = withService ? Summary(listing, pageUrl) : null,
        };
    }

    private static OrukLocation Location(Listing listing)
    {
        var id = PublicIds.Location(listing.PublicId);
        // Access needs met (large print, BSL) belong to online and phone support too.
        var access = ListingWords.AccessList(listing.Accessibility).ToList();
        var accessibility = access.Count == 0 ? null : new[] { new OrukAccessibility(PublicIds.Accessibility(listing.PublicId), id, string.Join(", ", access)) };
        if (listing.PublicPlaceOf() is not { } place || !listing.Formats.HasFlag(Formats.InPerson))
        {
            return new OrukLocation
            {
                Id = id,
                LocationType = "virtual",
                Name = string.Join(" and ", new[] { listing.Formats.HasFlag(Formats.Online) ? "Online" : null, listing.Formats.HasFlag(Formats.Phone) ? "By phone" : null }.OfType<string>()) is { Length: > 0 } how ? how : listing.Area?.Name,
                Accessibility = accessibility,
            };
        }
        if (listing.AddressOnRequest)
        {
            // The area only (as every public view): no venue, street or full postcode, and the
            // ~1 km grid point PublicPlace gives; the venue is told to people who contact the group.
            return new OrukLocation
            {
                Id = id,
                LocationType = "physical",
                Name = place.Town.Length > 0 ? place.Town : null,
                Description = AreaOnlyVenue,
                Latitude = place.Latitude,
                Longitude = place.Longitude,
                Accessibility = accessibility,
            };
        }
        return new OrukLocation
        {
            Id = id,
            LocationType = "physical",
            Name = place.VenueName.Length > 0 ? place.VenueName : null,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            Addresses = place.Address.Length > 0 || place.Postcode.Length > 0
                ? [new OrukAddress
                {
                    Id = PublicIds.Address(listing.PublicId),
                    LocationId = id,
                    Address1 = place.Address,
                    City = place.Town,
                    // We hold no county; the field is required, so it is empty rather than invented.
                    StateProvince = "",
                    PostalCode = place.Postcode,
                    Country = "GB",
                    AddressType = "physical",
                }]
                : null,
            Accessibility = accessibility,
        };
    }

    private static OrukContact Contact(Listing listing, ListingContact contact, int ordinal)
    {
        var id = PublicIds.Contact(listing.PublicId, ordinal);
        var kind = OrukTerms.ContactTitle(contact.Kind);
        return new OrukContact
        {
            Id = id,
            ServiceId = listing.PublicId,
            Name = contact.Label.Length > 0 ? contact.Label : kind,
            Title = contact.Kind is ContactKind.Phone or ContactKind.Text ? kind : $"{kind}: {contact.Value}",
            Phones = contact.Kind is ContactKind.Phone or ContactKind.Text
                ? [new OrukPhone { Id = PublicIds.Phone(listing.PublicId, ordinal), ContactId = id, Number = contact.Value, Description = contact.Kind == ContactKind.Text ? "Text messages" : null }]
                : null,
        };
    }

    private static OrukCostOption CostOptionOf(Listing listing)
    {
        var (option, amount) = OrukTerms.CostOption(listing.Cost);
        return new OrukCostOption
        {
            Id = PublicIds.CostOption(listing.PublicId),
            ServiceId = listing.PublicId,
            Option = option,
            Amount = amount,
            AmountDescription = listing.CostNotes.Length > 0 ? listing.CostNotes : null,
        };
    }

    private static IEnumerable<string> LanguagesOf(Listing listing) =>
        listing.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>One of our tags as a term of its dimension's taxonomy.</summary>
    public static OrukTaxonomyTerm Term(TaxonomyTag tag, TaxonomyDimension dimension) => new()
    {
        Id = PublicIds.TaxonomyTerm(dimension.Slug, tag.Slug),
        Name = tag.Name,
        Description = tag.Description.Length > 0 ? tag.Description : tag.Name,
        Taxonomy = OrukTerms.TaxonomyName(dimension.Slug),
        TaxonomyId = PublicIds.Taxonomy(dimension.Slug),
        Term = tag.Slug,
    };

    /// <summary>One of our dimensions as a taxonomy, with its terms when asked.</summary>
    public static OrukTaxonomy Taxonomy(TaxonomyDimension dimension, bool withTerms) => new()
    {
        Id = PublicIds.Taxonomy(dimension.Slug),
        Name = dimension.Name,
        Description = dimension.Description.Length > 0 ? dimension.Description : dimension.Name,
        TaxonomyTerms = withTerms ? NullIfEmpty(dimension.Tags.OrderBy(t => t.SortOrder).Select(t => Term(t, dimension))) : null,
    };

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items) => items.ToList() is { Count: > 0 } list ? list : null;
}
