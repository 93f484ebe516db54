using System.Text;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Reads what a person typed as a description of what they want ("I just had a baby and feel
/// low", "somewhere for gay lads in the evening", "a group where I can bring my kids"): words
/// and phrases that name something the product knows become what they name. Taxonomy tags by
/// their names and synonyms (data moderators extend), formats and activities likewise, and the
/// closed sets of <see cref="FilterGroups"/> by the phrases below (days, times of day, access
/// needs, how to join, cost). The longest phrase wins ("hearing voices" before "voices"); two
/// words typed apart that make one known word count ("bi polar"); a long word one letter off a
/// known one counts ("bereavment"). Short capitalised abbreviations that are also everyday
/// words (ME, ED, ADD) count only when typed in capitals. The rest, less filler, is left for
/// text matching. Pure and in memory; built once per taxonomy version.
/// </summary>
public sealed class QueryReader
{
    /// <summary>One known phrase: what it names, and the taxonomy dimension of a tag ("" for a closed set).</summary>
    private sealed record Known(string Key, string Label, bool ClosedSet, bool CapitalsOnly, string Original, string Dimension = "");

    private readonly Dictionary<string, List<Known>> phrases = new(StringComparer.Ordinal);

    /// <summary>The same phrases without spaces ("selfharm", "dropin"), for one typed word.</summary>
    private readonly Dictionary<string, List<Known>> joined = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>One-word phrases by how they sound (<see cref="SoundsLike"/>), for slips beyond one letter ("skitzophrenia").</summary>
    private readonly Dictionary<string, List<Known>> sounds = new(StringComparer.Ordinal);
    private readonly int longest;

    /// <summary>
    /// Words that say nothing about the need ("I", "just", "somewhere", "near me"): dropped from
    /// the text, so a sentence is not held to words no listing uses.
    /// </summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "for", "with", "in", "on", "at", "by", "from", "about", "into", "as",
        "i", "im", "ive", "id", "me", "my", "myself", "we", "us", "our", "you", "your", "it", "its", "this", "that", "there", "here",
        "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "done",
        "just", "really", "very", "so", "too", "also", "still", "only", "even", "bit", "lot", "lots", "some", "any", "anything",
        "someone", "somebody", "somewhere", "something", "anyone", "anybody", "anywhere", "everyone", "people", "person", "other", "others",
        "who", "what", "where", "when", "how", "which", "why", "can", "could", "would", "should", "will", "might", "may", "must",
        "like", "want", "wanted", "wanting", "need", "needs", "needed", "looking", "look", "find", "finding", "help", "helps", "get", "got", "go", "going",
        "feel", "feeling", "feels", "felt", "know", "talk", "meet", "meeting", "please", "thanks", "hi", "hello", "near", "nearby", "around",
        "place", "places", "thing", "things", "way", "kind", "sort", "type", "good", "nice", "safe", "new", "same", "similar", "too",
        "group", "groups", "support", "supports", "service", "services", "local", "area",
        "cant", "dont", "wont", "isnt", "not", "out", "up", "off", "all", "time", "times", "since", "ever", "never", "always", "anymore",
        "together", "everything", "nothing", "nobody", "everybody", "whats", "thats", "theres", "its", "youre", "theyre", "able", "struggling",
    };

    /// <summary>Words a synonym list may hold that are too general to read as a choice ("group" is nearly every listing).</summary>
    private static readonly HashSet<string> TooGeneral = new(StringComparer.Ordinal)
    {
        "group", "groups", "support group", "peer group", "peer support", "meeting", "circle", "talking", "talk", "sharing", "listening", "chat", "discussion",
        "local", "call", "ring", "green", "individual", "everyone welcome", "all welcome", "release", "released", "licence",
        "supervision", "relatives", "partners", "family member", "loss",
    };

    /// <summary>Abbreviations that are also everyday words: read only when typed in capitals.</summary>
    private static readonly HashSet<string> EverydayWords = new(StringComparer.Ordinal) { "me", "ed", "add", "sh", "ld", "vi", "ace", "pan", "aro" };

    /// <summary>The phrases of the closed sets, by filter value key ("time:Evening").</summary>
    private static readonly (string Key, string Label, string[] Phrases)[] ClosedSets =
    [
        ("day:Monday", "on Monday", ["monday", "mondays", "on monday", "on mondays", "mon"]),
        ("day:Tuesday", "on Tuesday", ["tuesday", "tuesdays", "on tuesday", "on tuesdays", "tues"]),
        ("day:Wednesday", "on Wednesday", ["wednesday", "wednesdays", "on wednesday", "on wednesdays", "weds"]),
        ("day:Thursday", "on Thursday", ["thursday", "thursdays", "on thursday", "on thursdays", "thurs"]),
        ("day:Friday", "on Friday", ["friday", "fridays", "on friday", "on fridays"]),
        ("day:Saturday", "on Saturday", ["saturday", "saturdays", "on saturday", "on saturdays"]),
        ("day:Sunday", "on Sunday", ["sunday", "sundays", "on sunday", "on sundays"]),
        ("time:Morning", "in the morning", ["morning", "mornings", "in the morning", "in the mornings", "before work", "breakfast"]),
        ("time:Afternoon", "in the afternoon", ["afternoon", "afternoons", "in the afternoon", "in the afternoons", "lunchtime", "lunch time", "after school", "daytime", "daytimes", "during the day"]),
        ("time:Evening", "in the evening", ["evening", "evenings", "in the evening", "in the evenings", "night", "nights", "at night", "tonight", "after work", "evening group"]),
        ("time:Weekend", "at the weekend", ["weekend", "weekends", "at the weekend", "at weekends", "on the weekend", "on weekends"]),
        ("join:DropIn", "that you can just turn up to", ["drop in", "dropin", "drop-in", "just turn up", "turn up", "walk in", "no referral", "no referral needed", "without a referral", "no need to book", "without booking"]),
        ("join:Referral", "by referral", ["referral", "referred", "gp referral"]),
        ("cost:Free", "free", ["free", "for free", "no cost", "free of charge", "no charge", "doesnt cost", "dont have to pay", "cant afford"]),
        ("cost:Donation", "pay what you can", ["pay what you can", "donation", "donations"]),
        ("run:PeerLed", "run by peers", ["peer led", "peer-led", "run by peers", "lived experience", "been there", "been through it", "people who get it", "people like me", "no professionals", "not professionals", "dont want professionals"]),
        ("access:ChildrenWelcome", "where children are welcome", ["bring my kids", "bring my children", "bring the kids", "bring my child", "bring my son", "bring my daughter", "bring my baby", "bring kids", "bring children", "kids welcome", "children welcome", "child friendly", "kid friendly", "family friendly", "with my kids", "with my children", "with my baby", "creche", "kids can come", "children can come", "kids come", "kids with me", "children with me", "baby with me", "bring the baby", "bring baby"]),
        ("access:StepFree", "with step-free access", ["step free", "stepfree", "no stairs", "no steps", "wheelchair access", "wheelchair accessible", "wheelchair", "accessible"]),
        ("access:AccessibleToilet", "with an accessible toilet", ["accessible toilet", "disabled toilet", "accessible loo"]),
        ("access:HearingLoop", "with a hearing loop", ["hearing loop", "loop system", "induction loop"]),
        ("access:Bsl", "in British Sign Language", ["bsl", "sign language", "british sign language", "signing"]),
        ("access:QuietSpace", "with a quiet space", ["quiet", "quiet space", "quiet room", "not too loud", "not noisy"]),
        ("access:LargePrint", "with large print", ["large print", "big print"]),
    ];

    /// <param name="tags">Every taxonomy tag: slug, name, synonyms and its dimension's slug.</param>
    public QueryReader(IEnumerable<(string Slug, string Name, IReadOnlyList<string> Synonyms, string Dimension)> tags)
    {
        foreach (var (slug, name, synonyms, dimension) in tags)
        {
            names[slug] = name;
            foreach (var phrase in synonyms.Prepend(name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = Normal(phrase);
                if (key.Length == 0 || TooGeneral.Contains(key))
                {
                    continue;
                }
                var capitalsOnly = phrase.Length <= 3 && phrase.All(char.IsUpper) && EverydayWords.Contains(key);
                Add(key, new Known(slug, name, ClosedSet: false, capitalsOnly, phrase, dimension));
            }
        }
        foreach (var (key, label, list) in ClosedSets)
        {
            foreach (var phrase in list)
            {
                Add(Normal(phrase), new Known(key, label, ClosedSet: true, CapitalsOnly: false, phrase));
            }
        }
        longest = phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>Builds a reader from the taxonomy in the database.</summary>
    public static async Task<QueryReader> LoadAsync(DirectoryDbContext db, CancellationToken cancellationToken = default)
    {
        var tags = await db.TaxonomyTags.AsNoTracking().Select(t => new { t.Slug, t.Name, t.Synonyms, Dimension = t.Dimension!.Slug }).ToListAsync(cancellationToken);
        return new QueryReader(tags.Select(t => (t.Slug, t.Name, (IReadOnlyList<string>)t.Synonyms, t.Dimension)));
    }

    /// <summary>
    /// The words read. <paramref name="unread"/> are readings the person undid (by key): those
    /// words are then matched as text. A format's slug is in <see cref="QueryReading.Tags"/>
    /// like any tag. <paramref name="knownWord"/> says whether the index holds a word: a word it
    /// holds is taken as typed, never as a slip for another ("booking" is not "cooking").
    /// </summary>
    public QueryReading Read(string? text, IReadOnlyCollection<string>? unread = null, Func<string, bool>? knownWord = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return QueryReading.AsTyped(null);
        }
        var words = Words(text);
        var found = new List<(Known Known, string Typed)>();
        var left = new List<string>();
        var inClosedSets = new HashSet<int>();
        // "not men", "no referral needed" is its own phrase; "not just men or just women" negates both.
        var negating = false;
        for (var at = 0; at < words.Count;)
        {
            if (Match(words, at, unread, knownWord) is { } match)
            {
                var negated = negating;
                // "my mum", "our dad": someone the person cares about, not who they are.
                var relative = at > 0 && Possessives.Contains(words[at - 1].Lower) && Relatives.Contains(words[at].Lower) && !match.Known.All(k => k.ClosedSet);
                if (!negated && !relative)
                {
                    found.AddRange(match.Known.Select(k => (Tense(words, at, k), match.Typed)));
                }
                // Tags stay in the text too (listings carry their tags' names and synonyms); days, times and access do not.
                if (!match.Known.All(k => k.ClosedSet))
                {
                    // Less its filler: "older people" is matched as "older" ("people" is in every listing).
                    var asText = match.AsText ?? string.Join(' ', words.Skip(at).Take(match.Length).Where(w => !Filler.Contains(w.Lower)).Select(w => w.Typed));
                    left.Add(asText.Length > 0 ? asText : match.Typed);
                }
                else
                {
                    inClosedSets.UnionWith(Enumerable.Range(at, match.Length));
                }
                at += match.Length;
                continue;
            }
            negating = Negations.Contains(words[at].Lower) || (negating && ListWords.Contains(words[at].Lower));
            if (!Filler.Contains(words[at].Lower))
            {
                left.Add(words[at].Typed);
            }
            at++;
        }
        var readings = AboutSomeoneElse(words, inClosedSets, found)
            .DistinctBy(f => f.Known.Key)
            .Select(f => new Reading(f.Known.Key, f.Known.Label, f.Typed))
            .ToList();
        // Several things named, or a thing and other words: any of them will do, those matching more first.
        return new QueryReading(readings, left.Count > 0 ? string.Join(' ', left) : null) { Loose = readings.Count > 0 && left.Count > 1 };
    }

    /// <summary>Words that carry a negation on through a list: "not just men or just women".</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal) { "just", "or", "and", "only", "a", "an", "the", "any", "for" };

    /// <summary>Words before "inside" or "in prison" that put it in the past: "has been inside", "was in prison".</summary>
    private static readonly HashSet<string> Past = new(StringComparer.Ordinal) { "been", "was", "were", "served", "did", "done" };

    /// <summary>"been inside" is experience of prison, not being in prison now (each only where the taxonomy has the tag).</summary>
    private Known Tense(List<Word> words, int at, Known known) =>
        known.Key == "in-prison" && at > 0 && Past.Contains(words[at - 1].Lower) && names.TryGetValue("prison-experience", out var name)
            ? known with { Key = "prison-experience", Label = name }
            : known;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "without", "except", "never", "nor", "dont", "isnt", "arent" };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "my", "our", "his", "her", "their" };

    /// <summary>People a person may be looking for support about: their child, partner, parent, sibling, friend.</summary>
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal)
    {
        "son", "daughter", "child", "kid", "kids", "children", "teenager", "teen", "boy", "girl",
        "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee",
        "mum", "mam", "mom", "mother", "mummy", "dad", "father", "daddy", "parents", "nan", "gran", "grandma", "grandad", "grandmother", "grandfather",
        "brother", "sister", "friend", "uncle", "aunt", "auntie", "cousin", "nephew", "niece",
    };

    /// <summary>Words after a relative that make the words about them ("son is", "partner has", "dad died").</summary>
    private static readonly HashSet<string> About = new(StringComparer.Ordinal) { "is", "has", "was", "in", "with", "who", "died", "passed", "keeps", "hears", "self" };

    private static readonly HashSet<string> Children = new(StringComparer.Ordinal) { "son", "daughter", "child", "kid", "kids", "children", "teenager", "teen", "boy", "girl" };

    private static readonly HashSet<string> Deaths = new(StringComparer.Ordinal) { "died", "dead", "death", "lost", "passed", "killed", "funeral" };

    /// <summary>
    /// When the words are about someone else ("my son has autism", "my partner is in prison",
    /// "lost my brother to suicide"), the person is looking for support as their family: a
    /// prison reading becomes support for prisoners' families; a condition adds carers' support
    /// (parent carers for a child); a death adds bereavement. Each only where the taxonomy has
    /// the tag (it is data).
    /// </summary>
    private List<(Known Known, string Typed)> AboutSomeoneElse(List<Word> words, HashSet<int> inClosedSets, List<(Known Known, string Typed)> found)
    {
        // "my son", "our dad", "son in jail", "partner has": not "bring my kids", which is about the room.
        var at = Enumerable.Range(0, words.Count).FirstOrDefault(i => !inClosedSets.Contains(i) && Relatives.Contains(words[i].Lower)
            && (i > 0 && Possessives.Contains(words[i - 1].Lower) || i + 1 < words.Count && About.Contains(words[i + 1].Lower)), -1);
        if (at < 0)
        {
            return found;
        }
        var relative = words[at];
        var death = words.FirstOrDefault(w => Deaths.Contains(w.Lower));
        var result = new List<(Known, string)>();
        void Also(string slug, string typed)
        {
            if (names.TryGetValue(slug, out var name) && !result.Any(r => r.Item1.Key == slug))
            {
                result.Add((new Known(slug, name, ClosedSet: false, CapitalsOnly: false, slug), typed));
            }
        }
        foreach (var (known, typed) in found)
        {
            if (known.Dimension == "criminal-justice" && known.Key != "families-of-prisoners" && names.ContainsKey("families-of-prisoners"))
            {
                Also("families-of-prisoners", $"{relative.Typed} … {typed}");
                continue;
            }
            result.Add((known, typed));
            if (death is null && known.Dimension is "specific-experiences" or "disability-deaf" && known.Key != "bereavement")
            {
                Also(Children.Contains(relative.Lower) ? "parent-carers" : "mental-health-carers", $"{relative.Typed} … {typed}");
            }
        }
        if (death is not null)
        {
            Also("bereavement", $"{relative.Typed} … {death.Typed}");
        }
        return result;
    }

    private sealed record Word(string Typed, string Lower);

    /// <summary>A match: what it names, how many words it took, the words typed, and the words to match as text (the known spelling of a slip).</summary>
    private sealed record Found(IReadOnlyList<Known> Known, int Length, string Typed, string? AsText = null);

    /// <summary>The longest known phrase starting at <paramref name="at"/>.</summary>
    private Found? Match(List<Word> words, int at, IReadOnlyCollection<string>? unread, Func<string, bool>? knownWord)
    {
        for (var length = Math.Min(longest, words.Count - at); length >= 1; length--)
        {
            var span = words.Skip(at).Take(length).ToList();
            var typed = string.Join(' ', span.Select(w => w.Typed));
            foreach (var key in Forms(span))
            {
                if (phrases.TryGetValue(key, out var known) && Usable(known, typed, unread) is { Count: > 0 } usable)
                {
                    return new Found(usable, length, typed);
                }
            }
            // "bi polar": two typed words that make one known word; "selfharm": one typed word that is a known phrase.
            if (length == 2 && phrases.TryGetValue(span[0].Lower + span[1].Lower, out var two) && Usable(two, typed, unread) is { Count: > 0 } together)
            {
                return new Found(together, 2, typed, span[0].Lower + span[1].Lower);
            }
            if (length == 1 && joined.TryGetValue(span[0].Lower, out var one) && Usable(one, typed, unread) is { Count: > 0 } apart)
            {
                return new Found(apart, 1, typed, apart[0].Original);
            }
        }
        // "bereavment", "skitzophrenia": a long word no listing uses, one slip from a known one-word phrase or spelt as it sounds.
        var word = words[at].Lower;
        if (word.Length >= 6 && !Filler.Contains(word) && knownWord?.Invoke(word) != true
            && sounds.TryGetValue(SoundsLike(word), out var sounding) && Usable(sounding, words[at].Typed, unread) is { Count: > 0 } heard)
        {
            return new Found(heard, 1, words[at].Typed, heard[0].Original);
        }
        if (word.Length >= 7 && !Filler.Contains(word) && knownWord?.Invoke(word) != true)
        {
            foreach (var (key, known) in phrases)
            {
                if (key.Length >= 7 && !key.Contains(' ', StringComparison.Ordinal) && Math.Abs(key.Length - word.Length) <= 1
                    && Geography.EditDistance.Bounded(word, key, 1) == 1 && Usable(known, words[at].Typed, unread) is { Count: > 0 } near)
                {
                    return new Found(near, 1, words[at].Typed, key);
                }
            }
        }
        return null;
    }

    private static List<Known> Usable(List<Known> known, string typed, IReadOnlyCollection<string>? unread) =>
        known.Where(k => (!k.CapitalsOnly || typed.Contains(k.Original, StringComparison.Ordinal)) && unread?.Contains(k.Key) != true).ToList();

    /// <summary>The phrase as typed, and with plurals and possessives made singular ("dads" → "dad", "mum's" → "mum").</summary>
    private static IEnumerable<string> Forms(List<Word> span)
    {
        var plain = string.Join(' ', span.Select(w => w.Lower));
        yield return plain;
        var last = span[^1].Lower;
        if (last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return string.Join(' ', span.Take(span.Count - 1).Select(w => w.Lower).Append(last[..^1]));
        }
    }

    private void Add(string key, Known known)
    {
        if (!phrases.TryGetValue(key, out var list))
        {
            phrases[key] = list = [];
        }
        list.Add(known);
        if (key.Length >= 6 && !key.Contains(' ', StringComparison.Ordinal))
        {
            if (!sounds.TryGetValue(SoundsLike(key), out var alike))
            {
                sounds[SoundsLike(key)] = alike = [];
            }
            alike.Add(known);
        }
        var together = key.Replace(" ", "", StringComparison.Ordinal);
        if (together != key)
        {
            if (!joined.TryGetValue(together, out var same))
            {
                joined[together] = same = [];
            }
            same.Add(known);
        }
    }

    /// <summary>
    /// A word as it sounds, so spellings of one sound meet: "ph" and "f", "sch", "ch", "ck", a
    /// hard "c", "q" and "k"; "tz", "z" and a soft "c" as "s"; "x" as "ks"; "y", "ie" and "ei" as
    /// "i"; doubled letters once; no final "e". "skitzophrenia" and "schizophrenia" meet.
    /// </summary>
    public static string SoundsLike(string word)
    {
        var w = word.ToLowerInvariant();
        foreach (var (from, to) in new[] { ("sch", "sk"), ("ph", "f"), ("ch", "k"), ("ck", "k"), ("tz", "s"), ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("ie", "i"), ("ei", "i"), ("y", "i") })
        {
            w = w.Replace(from, to, StringComparison.Ordinal);
        }
        var once = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            if (once.Length == 0 || once[^1] != c)
            {
                once.Append(c);
            }
        }
        return once.Length > 3 && once[^1] == 'e' ? once.ToString(0, once.Length - 1) : once.ToString();
    }

    /// <summary>Lower case words without punctuation or accents, apostrophes dropped ("mum's" → "mums").</summary>
    private static string Normal(string phrase) => string.Join(' ', Words(phrase).Select(w => w.Lower));

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var word = new StringBuilder();
        void End()
        {
            if (word.Length > 0)
            {
                var typed = word.ToString();
                words.Add(new Word(typed, Geography.PlaceKey.Fold(typed)));
                word.Clear();
            }
        }
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is '\'' or '’')
            {
                // "don't", "mum's": one word.
            }
            else
            {
                End();
            }
        }
        End();
        return words.Count > 24 ? words.GetRange(0, 24) : words;
    }
}
