using System.Net;

namespace PeerSupport.Directory.Freshness;

/// <summary>
/// The one rule for which addresses the link checker may connect to: anything not in the table of
/// special-purpose ranges below (IANA's special-purpose registries, RFC 6890 and successors).
/// Forms of IPv6 that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that
/// IPv4 address, so a private network cannot be reached by wrapping its address.
/// </summary>
public static class PublicAddress
{
    /// <summary>A refused range; <paramref name="EmbeddedIPv4At"/> is where an IPv4 address sits inside it, to judge instead.</summary>
    private sealed record Range(IPNetwork Network, int? EmbeddedIPv4At = null)
    {
        public Range(string cidr, int? embeddedIPv4At = null) : this(IPNetwork.Parse(cidr), embeddedIPv4At)
        {
        }
    }

    private static readonly Range[] NotPublic =
    [
        new("0.0.0.0/8"),           // "this network"
        new("10.0.0.0/8"),          // private
        new("100.64.0.0/10"),       // carrier-grade NAT
        new("127.0.0.0/8"),         // loopback
        new("169.254.0.0/16"),      // link-local (cloud metadata services live here)
        new("172.16.0.0/12"),       // private
        new("192.0.0.0/24"),        // IETF protocol assignments
        new("192.0.2.0/24"),        // documentation
        new("192.168.0.0/16"),      // private
        new("198.18.0.0/15"),       // benchmarking
        new("198.51.100.0/24"),     // documentation
        new("203.0.113.0/24"),      // documentation
        new("224.0.0.0/4"),         // multicast
        new("240.0.0.0/4"),         // reserved, and 255.255.255.255 broadcast
        new("::/128"),              // unspecified
        new("::1/128"),             // loopback
        new("::ffff:0:0/96", 12),   // IPv4-mapped
        new("::/96", 12),           // IPv4-compatible (deprecated)
        new("64:ff9b::/96", 12),    // NAT64, well-known prefix
        new("64:ff9b:1::/48"),      // NAT64, local-use
        new("100::/64"),            // discard-only
        new("2001::/32"),           // Teredo
        new("2001:2::/48"),         // benchmarking
        new("2001:db8::/32"),       // documentation
        new("2002::/16", 2),        // 6to4
        new("3fff::/20"),           // documentation
        new("5f00::/16"),           // segment routing (SRv6) identifiers
        new("fc00::/7"),            // unique local
        new("fe80::/10"),           // link-local
        new("fec0::/10"),           // site-local (deprecated)
        new("ff00::/8"),            // multicast
    ];

    public static bool IsPublic(IPAddress address)
    {
        var range = NotPublic.FirstOrDefault(r => r.Network.Contains(address));
        if (range is null)
        {
            return true;
        }
        return range.EmbeddedIPv4At is { } at && IsPublic(new IPAddress(address.GetAddressBytes().AsSpan(at, 4)));
    }
}
