namespace PeerSupport.Directory.Search;

/// <summary>Facet names, as they appear in <see cref="SearchResults.Facets"/>.</summary>
public static class FacetNames
{
    public const string Tags = "tag";
    public const string Activities = "activity";
    public const string Days = "day";
    public const string Times = "time";
    public const string Join = "join";
    public const string Cost = "cost";
    public const string RunBy = "run";
    public const string Access = "access";
    public const string OnlineAndPhone = "online";
}
