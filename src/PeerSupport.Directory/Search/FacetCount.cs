namespace PeerSupport.Directory.Search;

/// <summary>A count beside a filter value: how many results there would be with it chosen.</summary>
public sealed record FacetCount(string Value, int Count);
