using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Listings;

/// <summary>
/// One peer-support offer: a group, a one-to-one service, a phone rota, an online community.
/// The database row is the source of truth; the search index is derived from it.
/// </summary>
public class Listing
{
    public int Id { get; set; }

    /// <summary>Stable id from an import file; re-importing with the same id updates this listing.</summary>
    public string? ExternalId { get; set; }

    /// <summary>
    /// The listing's id for the outside world (Open Referral UK service id, calendar UIDs): made once
    /// when the listing is created and never changed by edits, imports, rebuilds or a restore.
    /// Every other public id (location, schedule, organisation) is derived from it by <see cref="PublicIds"/>.
    /// </summary>
    public Guid PublicId { get; set; } = Guid.NewGuid();

    /// <summary>Where an imported listing came from (an Open Referral UK feed's address); null when made here.</summary>
    public string? Source { get; set; }

    public required string Name { get; set; }
    public required string Slug { get; set; }
    public required string ShortCode { get; set; }
    public required string Summary { get; set; }
    public string Description { get; set; } = "";
    public string WhoFor { get; set; } = "";
    public string Eligibility { get; set; } = "";
    public string FirstVisit { get; set; } = "";
    public string Organisation { get; set; } = "";

    public HostType HostType { get; set; }
    public RunBy RunBy { get; set; }
    public JoinBy JoinBy { get; set; }
    public Cost Cost { get; set; }
    public string CostNotes { get; set; } = "";
    public Formats Formats { get; set; }
    public Accessibility Accessibility { get; set; }

    /// <summary>Comma-separated language names ("English, Urdu").</summary>
    public string Languages { get; set; } = "";

    public Place? Place { get; set; }

    /// <summary>
    /// The exact venue is given only to people who contact the group (women-only, trauma-informed
    /// or safeguarding reasons): the public, the index and exports see the area only.
    /// </summary>
    public bool AddressOnRequest { get; set; }

    /// <summary>People may write to the leads through the site ("Message this group") without seeing their address.</summary>
    public bool AcceptsMessages { get; set; }

    public AreaServed? Area { get; set; }

    public ListingStatus Status { get; set; } = ListingStatus.Draft;
    /// <summary>UTC, like every DateTime in the model.</summary>
    public DateTime? LastConfirmedAt { get; set; }
    public string? LastConfirmedBy { get; set; }
    public DateOnly? PausedUntil { get; set; }

    /// <summary>When the listing was marked closed (UTC); its lead may reopen it for <see cref="ListingLifeCycle.LeadReopenWindow"/> after.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>The moderators' last word to the leads (why a listing was sent back), shown on their dashboard.</summary>
    public string ModeratorNote { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic-concurrency token, renewed on every save (works the same on SQLite and SQL Server).</summary>
    public Guid Version { get; set; }

    public List<ListingSchedule> Schedules { get; set; } = [];
    public List<ListingContact> Contacts { get; set; } = [];
    public List<TaxonomyTag> Tags { get; set; } = [];
    public List<ListingLead> Leads { get; set; } = [];
    public List<ListingChange> Changes { get; set; } = [];

    public bool IsOnlineOrPhoneOnly =>
        !Formats.HasFlag(Formats.InPerson) && (Formats.HasFlag(Formats.Online) || Formats.HasFlag(Formats.Phone));
}

/// <summary>Where an in-person listing meets. Coordinates are WGS84.</summary>
public class Place
{
    public string VenueName { get; set; } = "";
    public string Address { get; set; } = "";
    public string Town { get; set; } = "";
    public string Postcode { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

/// <summary>The area an online, phone or outreach listing serves.</summary>
public class AreaServed
{
    public AreaKind Kind { get; set; }
    public string Name { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double? RadiusKm { get; set; }

    /// <summary>Region polygon as WKT in longitude-latitude order, for <see cref="AreaKind.Region"/>.</summary>
    public string? Wkt { get; set; }
}
