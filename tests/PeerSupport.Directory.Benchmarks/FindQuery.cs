using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// A results-page query string (<c>where=Leeds&amp;miles=10&amp;tag=women&amp;q=walking</c>) read
/// by the page's own reader (<see cref="SearchQuery"/>), with the place resolved as
/// <c>IndexModel.OnGetAsync</c> resolves it, and the words read as it reads them: the only place the benchmark builds a
/// <see cref="SearchRequest"/> from a query.
/// </summary>
internal sealed class FindQuery
{
    private readonly SearchQuery query;

    private FindQuery(SearchQuery query) => this.query = query;

    public static FindQuery Parse(string queryString) => new(SearchQuery.Parse(queryString));

    public string? Where => query.Where;

    public string? Q => query.Q;

    public bool Local => query.Local;

    public string ToQueryString() => query.ToQueryString().TrimStart('?');

    /// <summary>The request the Find page would send, or null with the reason it would not search (a place it cannot pin down).</summary>
    public async Task<(SearchRequest? Request, string? Problem)> ToRequestAsync(LocationResolver places, QueryReader? reader = null, Func<string, bool>? knownWord = null)
    {
        GeoPoint? near = null;
        var nation = Nations.All;
        if (!string.IsNullOrWhiteSpace(Where))
        {
            switch (await places.ResolveAsync(Where))
            {
                case Location.Found found:
                    (near, nation) = (found.Point, found.Nation);
                    break;
                case Location.Ambiguous ambiguous:
                    return (null, $"'{Where}' matches {ambiguous.Choices.Count} places; the page asks which");
                case Location.NotFound notFound:
                    return (null, notFound.Message);
            }
        }
        return (query.ToRequest(near, DateTime.UtcNow, reader, knownWord) with { Nation = nation }, null);
    }
}
