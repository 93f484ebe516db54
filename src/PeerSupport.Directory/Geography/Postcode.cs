using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Geography;

/// <summary>
/// A UK postcode in its standard form: a full postcode ("LS1 4AP") or an outward code alone
/// ("LS1", "SW1A"). Parsing checks the shape only; whether it exists is for a
/// <see cref="IPostcodeLookup"/> to say.
/// </summary>
public sealed partial record Postcode
{
    private Postcode(string outward, string? inward) => (Outward, Inward) = (outward, inward);

    /// <summary>The part before the space: the postcode district ("LS1").</summary>
    public string Outward { get; }

    /// <summary>The part after the space ("4AP"), or null for an outward code alone.</summary>
    public string? Inward { get; }

    public bool IsFull => Inward is not null;

    /// <summary>Upper case without the space ("LS14AP", "LS1"): how the postcode tables are keyed.</summary>
    public string Key => Outward + Inward;

    /// <summary>As people write it: "LS1 4AP" or "LS1".</summary>
    public override string ToString() => IsFull ? $"{Outward} {Inward}" : Outward;

    /// <summary>Any case, with or without the space, spaces around it ignored.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Postcode? postcode)
    {
        var match = Shape().Match(text?.Trim().ToUpperInvariant() ?? "");
        postcode = match.Success
            ? new Postcode(match.Groups["outward"].Value, match.Groups["inward"] is { Success: true } inward ? inward.Value : null)
            : null;
        return postcode is not null;
    }

    [GeneratedRegex(@"^(?<outward>[A-Z]{1,2}[0-9][A-Z0-9]?)\s*(?<inward>[0-9][A-Z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
