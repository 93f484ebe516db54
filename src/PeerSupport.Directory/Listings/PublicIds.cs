using System.Security.Cryptography;
using System.Text;

namespace PeerSupport.Directory.Listings;

/// <summary>
/// The one owner of the ids the outside world sees (Open Referral UK objects, calendar UIDs).
/// A listing's own id is <see cref="Listing.PublicId"/>, stored once; every object that hangs off it
/// (its location, its n-th schedule, its contacts, its service area) gets a name-based UUID
/// (RFC 9562 version 5) from that id and a fixed role, so the same object has the same id on every
/// node, after every edit (schedule rows are rewritten on an edit; their ordinal is kept) and after a
/// rebuild or a restore. Objects shared by listings (an organisation, a taxonomy or a term) are named
/// by their stable text key.
/// </summary>
public static class PublicIds
{
    /// <summary>This directory's namespace for name-based ids (a random UUID, fixed forever).</summary>
    public static readonly Guid Namespace = new("6f5b2f7e-3c1d-4b8e-9a57-2d4c8e1f0a93");

    public static Guid Location(Guid listing) => Derived(listing, "location");
    public static Guid ServiceAtLocation(Guid listing) => Derived(listing, "service-at-location");
    public static Guid Schedule(Guid listing, int ordinal) => Derived(listing, $"schedule/{ordinal}");
    public static Guid Contact(Guid listing, int ordinal) => Derived(listing, $"contact/{ordinal}");
    public static Guid ServiceArea(Guid listing) => Derived(listing, "service-area");
    public static Guid Address(Guid listing) => Derived(listing, "address");
    public static Guid Accessibility(Guid listing) => Derived(listing, "accessibility");
    public static Guid CostOption(Guid listing) => Derived(listing, "cost-option");
    public static Guid Phone(Guid listing, int contactOrdinal) => Derived(listing, $"phone/{contactOrdinal}");

    /// <summary>A language is named by its name, case ignored, so "Urdu" keeps its id when the list is reordered.</summary>
    public static Guid Language(Guid listing, string name) => Derived(listing, "language/" + name.Trim().ToLowerInvariant());

    /// <summary>The link from a listing to one taxonomy term (an ORUK attribute).</summary>
    public static Guid Attribute(Guid listing, Guid term) => Derived(listing, "attribute/" + term.ToString("D"));

    /// <summary>An organisation is named by its name, case and spacing ignored, so listings of one organisation share it.</summary>
    public static Guid Organisation(string name) =>
        NameBased(Namespace, "organisation/" + string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant());

    public static Guid Taxonomy(string dimensionSlug) => NameBased(Namespace, "taxonomy/" + dimensionSlug);
    public static Guid TaxonomyTerm(string dimensionSlug, string tagSlug) => NameBased(Namespace, $"taxonomy-term/{dimensionSlug}/{tagSlug}");

    static Guid Derived(Guid listing, string role) => NameBased(listing, role);

    /// <summary>RFC 9562 §5.5: SHA-1 of the namespace's bytes (network order) then the name's UTF-8.</summary>
    public static Guid NameBased(Guid space, string name)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(name.Length)];
        space.TryWriteBytes(input, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(name, input[16..]);
        Span<byte> hash = stackalloc byte[20];
        // SHA-1 is what version 5 is defined by; it names ids, it protects nothing.
#pragma warning disable CA5350
        SHA1.HashData(input[..length], hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
