namespace PeerSupport.Directory.Search;

/// <summary>
/// What a search prefers, each counted once: every tag or format the person ticked, every
/// phrase of their words (a phrase that names several tags, such as "postnatal" for perinatal
/// and new-parent support, is met by any of them), and every day, time or access need their
/// words named. Listings meeting more rank first (<see cref="RankPart.PreferencesMet"/>).
/// </summary>
internal sealed class Preferences
{
    private readonly string[] ticked;
    private readonly int[] tickedIndexes;
    private readonly TagBits tickedBits;
    private readonly (string[] Slugs, int[] Indexes, TagBits Bits)[] phrases;
    private readonly FilterValue[] values;
    private readonly long valueBits;

    public Preferences(SearchRequest request, TagVocabulary vocabulary)
    {
        ticked = request.Tags.Concat(request.Formats).Concat(request.Must).Distinct().Take(Ranking.MaxPreferences).ToArray();
        tickedIndexes = ticked.Select(vocabulary.IndexOf).ToArray();
        tickedBits = TagBits.Of(tickedIndexes);
        phrases = request.Readings.Where(r => r.Value is null && !ticked.Contains(r.Key))
            .GroupBy(r => r.Words)
            .Select(g => g.Select(r => r.Key).ToArray())
            .Select(slugs => (slugs, slugs.Select(vocabulary.IndexOf).ToArray(), TagBits.Of(slugs.Select(vocabulary.IndexOf))))
            .Take(Ranking.MaxPreferences - ticked.Length)
            .ToArray();
        values = FilterGroups.All.SelectMany(g => request.Preferred.In(g)).ToArray();
        valueBits = request.Preferred.Bits;
    }

    /// <summary>How many preferences a listing with these tags and filter values meets.</summary>
    public int Met(in TagBits tags, long filterBits)
    {
        var met = tags.CountOf(tickedBits) + System.Numerics.BitOperations.PopCount((ulong)(filterBits & valueBits));
        foreach (var phrase in phrases)
        {
            met += tags.HasAny(phrase.Bits) ? 1 : 0;
        }
        return met;
    }

    /// <summary>The preferences a listing meets and those it does not say it meets, one key each (a tag slug or "time:Evening").</summary>
    public (List<string> Met, List<string> NotStated) Describe(in TagBits tags, long filterBits)
    {
        var (met, notStated) = (new List<string>(), new List<string>());
        for (var i = 0; i < ticked.Length; i++)
        {
            (tags.Has(tickedIndexes[i]) ? met : notStated).Add(ticked[i]);
        }
        foreach (var (slugs, indexes, _) in phrases)
        {
            var first = Array.FindIndex(indexes, tags.Has);
            if (first >= 0)
            {
                met.Add(slugs[first]);
            }
            else
            {
                notStated.Add(slugs[0]);
            }
        }
        foreach (var value in values)
        {
            ((filterBits & value.Flag) != 0 ? met : notStated).Add(value.PreferenceKey);
        }
        return (met, notStated);
    }
}
