namespace PeerSupport.Directory.Geography;

/// <summary>Nation names to <see cref="Nations"/>: a place's nation, and the nations a national area's name restricts it to.</summary>
public static class NationNames
{
    /// <summary>The nation of a gazetteer place's nation name ("Northern Ireland"), or <see cref="Nations.All"/>.</summary>
    public static Nations Of(string? nation) => nation switch
    {
        "England" => Nations.England,
        "Wales" => Nations.Wales,
        "Scotland" => Nations.Scotland,
        "Northern Ireland" => Nations.NorthernIreland,
        _ => Nations.All,
    };

    /// <summary>
    /// The nations a national area's name restricts it to: "Wales", "England and Wales",
    /// "Great Britain" (not Northern Ireland); <see cref="Nations.All"/> for "UK", "the whole
    /// country" or anything that names no nation.
    /// </summary>
    public static Nations Named(string? areaName)
    {
        if (string.IsNullOrWhiteSpace(areaName))
        {
            return Nations.All;
        }
        var name = areaName.ToUpperInvariant();
        if (name.Contains("UNITED KINGDOM", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(name, @"\bUK\b"))
        {
            return Nations.All;
        }
        if (name.Contains("GREAT BRITAIN", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(name, @"\bGB\b"))
        {
            return Nations.England | Nations.Wales | Nations.Scotland;
        }
        var nations = Nations.All;
        nations |= name.Contains("ENGLAND", StringComparison.Ordinal) ? Nations.England : 0;
        nations |= name.Contains("WALES", StringComparison.Ordinal) || name.Contains("CYMRU", StringComparison.Ordinal) ? Nations.Wales : 0;
        nations |= name.Contains("SCOTLAND", StringComparison.Ordinal) ? Nations.Scotland : 0;
        nations |= name.Contains("NORTHERN IRELAND", StringComparison.Ordinal) ? Nations.NorthernIreland : 0;
        return nations;
    }
}
