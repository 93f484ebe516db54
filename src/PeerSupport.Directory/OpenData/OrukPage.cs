namespace PeerSupport.Directory.OpenData;

/// <summary>The standard's page wrapper of every list: its counts, flags and <see cref="Contents"/>.</summary>
public sealed record OrukPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

/// <summary>Makes <see cref="OrukPage{T}"/>s.</summary>
public static class OrukPage
{
    /// <summary>
    /// Page <paramref name="page"/> (from 1) of <paramref name="total"/> items, <paramref name="perPage"/>
    /// a page; <c>size</c> is the count on this page, so a page beyond the end is empty with size 0.
    /// </summary>
    public static OrukPage<T> Of<T>(IReadOnlyList<T> contents, int total, int page, int perPage)
    {
        var pages = (total + perPage - 1) / perPage;
        return new OrukPage<T>(total, pages, page, contents.Count, page == 1, page >= pages, contents.Count == 0, contents);
    }
}
