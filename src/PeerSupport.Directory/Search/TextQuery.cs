using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Free text to a Lucene query. Each word matches the name (boosted) or the text, which holds
/// tag names and their synonyms, so "gay" finds LGBT+ groups and "mum" perinatal ones. Words of
/// five letters or more also match with a typo ("bipolr", "psycosis"), scoring lower than an
/// exact match. The words as a phrase score higher. Up to two words must all match; with more,
/// three in four must, so one stray word does not empty the page.
/// </summary>
public static class TextQuery
{
    private const int FuzzyFromLength = 5;

    /// <param name="stemming">The index analyzer (English stemming on the text fields).</param>
    /// <param name="unstemmed">The analyzer of the unstemmed <see cref="ListingDocument.Words"/> field, where typos are matched.</param>
    public static Query? Build(Analyzer stemming, Analyzer unstemmed, string? text)
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
            if (whole.Length >= FuzzyFromLength)
            {
                either.Add(new FuzzyQuery(new Term(ListingDocument.Words, whole), maxEdits: whole.Length >= 8 ? 2 : 1, prefixLength: 1, maxExpansions: 30, transpositions: true) { Boost = 0.5f }, Occur.SHOULD);
            }
            query.Add(either, words.Count <= 2 ? Occur.MUST : Occur.SHOULD);
        }
        if (words.Count > 2)
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
