namespace PeerSupport.Directory.Geography;

/// <summary>A live postcode's point, from the ONS Postcode Directory (the import-postcodes command).</summary>
public sealed class PostcodePoint
{
    /// <summary><see cref="Geography.Postcode.Key"/>: upper case without the space ("LS14AP").</summary>
    public required string Postcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

/// <summary>An outward code's point ("LS1"): the mean of its live postcodes' points.</summary>
public sealed class OutcodePoint
{
    public required string Outcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>How many postcodes the mean is taken over.</summary>
    public int Postcodes { get; set; }
}

/// <summary>
/// A postcode read by an import still in progress. The whole file lands here first; only then
/// does one transaction replace <see cref="PostcodePoint"/> with it (see <see cref="PostcodeDirectoryImporter"/>).
/// </summary>
public sealed class StagedPostcode
{
    public required string Postcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}
