namespace PeerSupport.Directory.Geography;

/// <summary>
/// Another name for a place, kept in the database so moderators can extend the list: a borough
/// or council ("Redbridge"), a Welsh name ("Casnewydd"), an everyday short form ("Leamington").
/// Seeded from seed-data/place-aliases.csv. Removing one keeps the row (<see cref="RemovedAt"/>),
/// so the seed does not add it back and the change can be seen later.
/// </summary>
public sealed class PlaceAlias
{
    public int Id { get; set; }

    /// <summary>What people type.</summary>
    public required string Name { get; set; }

    /// <summary>local-authority, welsh or short (<see cref="PlaceAliasKinds"/>).</summary>
    public required string Kind { get; set; }

    /// <summary>The gazetteer place it points at ("" for an area with no town of its own, such as Highland).</summary>
    public string Target { get; set; } = "";

    public string County { get; set; } = "";

    /// <summary>England, Wales, Scotland or Northern Ireland.</summary>
    public string Nation { get; set; } = "";

    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>People living there, when an imported file says (0 otherwise: an alias takes its town's).</summary>
    public int Population { get; set; }

    public DateTime AddedAt { get; set; }

    /// <summary>"seed" for the seed file, else the moderator as "user:{id}" (see ChangeActor).</summary>
    public string AddedBy { get; set; } = "";

    public DateTime? RemovedAt { get; set; }
    public string? RemovedBy { get; set; }
}
