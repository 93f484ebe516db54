namespace PeerSupport.Directory.Search;

/// <summary>How the chosen values of one <see cref="FilterGroup"/> combine.</summary>
public enum FilterMode
{
    /// <summary>A listing with any of the chosen values passes.</summary>
    AnyOf,

    /// <summary>A listing must have every chosen value.</summary>
    AllOf,
}
