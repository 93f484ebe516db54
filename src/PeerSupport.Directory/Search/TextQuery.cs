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

    public static Query? Build(Analyzer analyzer, string? text)
    {
        var words = Words(analyzer, text);
        if (words.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(ListingDocument.Name, word)) { Boost = 3 }, Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Text, word)), Occur.SHOULD },
            };
            if (word.Length >= FuzzyFromLength)
            {
                either.Add(new FuzzyQuery(new Term(ListingDocument.Text, word), maxEdits: word.Length >= 8 ? 2 : 1, prefixLength: 1, maxExpansions: 30, transpositions: true) { Boost = 0.5f }, Occur.SHOULD);
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
            foreach (var word in words)
            {
                phrase.Add(new Term(ListingDocument.Text, word));
            }
            var withPhrase = new BooleanQuery { { query, Occur.MUST }, { phrase, Occur.SHOULD } };
            return withPhrase;
        }
        return query;
    }

    /// <summary>The analysed words (lower case, stemmed, stop words removed), without duplicates.</summary>
    public static List<string> Words(Analyzer analyzer, string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }
        using var stream = analyzer.GetTokenStream(ListingDocument.Text, text);
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
