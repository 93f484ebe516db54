using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Free text to a Lucene query. Each word matches the name (boosted) or the text, which holds
/// tag names and their synonyms, so "gay" finds LGBT+ groups and "mum" perinatal ones. A word
/// of five letters or more that no listing uses also matches with a typo ("bipolr",
/// "psycosis"), scoring lower than an exact match; a word listings do use is taken as typed
/// ("older" never finds "order"). The words as a phrase score higher. Up to two words must all
/// match; with more, three in four must, so one stray word does not empty the page. With
/// <see cref="TextMatch.Some"/>, any word will do, and listings matching more rank higher.
/// </summary>
public static class TextQuery
{
    private const int FuzzyFromLength = 5;

    /// <param name="stemming">The index analyzer (English stemming on the text fields).</param>
    /// <param name="unstemmed">The analyzer of the unstemmed <see cref="ListingDocument.Words"/> field, where typos are matched.</param>
    /// <param name="knownWord">Whether any listing uses the whole word (then no typo is assumed).</param>
    /// <param name="match">How many of the words must match.</param>
    public static Query? Build(Analyzer stemming, Analyzer unstemmed, string? text, Func<string, bool>? knownWord = null, TextMatch match = TextMatch.All)
    {
        // Typos are matched against whole words: "hearng" is one letter from "hearing" but two from its stem "hear".
        var words = Words(unstemmed, ListingDocument.Words, text)
            .Select(w => (Whole: w, Stem: Words(stemming, ListingDocument.Text, w).FirstOrDefault()))
            .Where(w => w.Stem is not null)
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery();
        foreach (var (whole, stem) in words)
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(ListingDocument.Name, stem)) { Boost = 3 }, Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Text, stem)), Occur.SHOULD },
            };
            if (whole.Length >= FuzzyFromLength && knownWord?.Invoke(whole) != true)
            {
                either.Add(new FuzzyQuery(new Term(ListingDocument.Words, whole), maxEdits: whole.Length >= 8 ? 2 : 1, prefixLength: 1, maxExpansions: 30, transpositions: true) { Boost = 0.5f }, Occur.SHOULD);
            }
            query.Add(either, words.Count <= 2 && match == TextMatch.All ? Occur.MUST : Occur.SHOULD);
        }
        if (words.Count > 2 && match == TextMatch.All)
        {
            query.MinimumNumberShouldMatch = (int)Math.Ceiling(words.Count * 0.75);
        }
        if (words.Count > 1)
        {
            var phrase = new PhraseQuery { Slop = 1, Boost = 4 };
            foreach (var (_, stem) in words)
            {
                phrase.Add(new Term(ListingDocument.Text, stem));
            }
            return new BooleanQuery { { query, Occur.MUST }, { phrase, Occur.SHOULD } };
        }
        return query;
    }

    /// <summary>The analysed words (lower case, stemmed, stop words removed), without duplicates.</summary>
    public static List<string> Words(Analyzer analyzer, string field, string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && words.Count < 12)
        {
            var word = term.ToString();
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }
        stream.End();
        return words;
    }
}
