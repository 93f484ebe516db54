using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Every tag slug the index has held, numbered for <see cref="TagBits"/> (up to 256; the
/// taxonomy has about 90). Shared by all segments of a <see cref="SearchIndex"/>, so a
/// segment's tags are numbered once, when its facts are read. New slugs are rare, so readers
/// see an immutable snapshot and a writer replaces it.
/// </summary>
internal sealed class TagVocabulary
{
    public const int Max = 256;
    private readonly System.Threading.Lock gate = new();
    private volatile Snapshot current = new(new Dictionary<string, int>(StringComparer.Ordinal), []);

    private sealed record Snapshot(Dictionary<string, int> Indexes, string[] Slugs);

    public IReadOnlyList<string> Slugs => current.Slugs;

    public int Count => current.Slugs.Length;

    public int IndexOf(string slug) => current.Indexes.GetValueOrDefault(slug, -1);

    /// <summary>Maps one segment's ordinals to vocabulary indexes, adding new slugs as they appear.</summary>
    public int[] MapSegment(SortedSetDocValues? values)
    {
        if (values is null)
        {
            return [];
        }
        var map = new int[values.ValueCount];
        var bytes = new BytesRef();
        lock (gate)
        {
            var snapshot = current;
            Dictionary<string, int>? added = null;
            for (var ord = 0; ord < map.Length; ord++)
            {
                values.LookupOrd(ord, bytes);
                var slug = bytes.Utf8ToString();
                var indexes = added ?? snapshot.Indexes;
                if (!indexes.TryGetValue(slug, out var index))
                {
                    index = indexes.Count < Max ? indexes.Count : -1;
                    if (index >= 0)
                    {
                        added ??= new Dictionary<string, int>(snapshot.Indexes, StringComparer.Ordinal);
                        added[slug] = index;
                    }
                }
                map[ord] = index;
            }
            if (added is not null)
            {
                current = new Snapshot(added, added.OrderBy(p => p.Value).Select(p => p.Key).ToArray());
            }
        }
        return map;
    }
}
