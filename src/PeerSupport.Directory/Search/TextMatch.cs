namespace PeerSupport.Directory.Search;

/// <summary>How much of the words the results match: a sentence never ends in no results because of one word no listing uses.</summary>
public enum TextMatch
{
    /// <summary>Every word (three in four of a longer text), or there was no text.</summary>
    All,

    /// <summary>No listing matched enough of the words, so the results match some of them, most first.</summary>
    Some,

    /// <summary>No listing matched any of the words; the results are those the words were read as (tags, times…).</summary>
    None,
}
