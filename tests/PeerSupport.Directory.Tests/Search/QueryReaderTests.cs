using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>How the words of a search are read, on a small made-up taxonomy (the rules, not the seed data).</summary>
public class QueryReaderTests
{
    private static readonly QueryReader Reader = new(
    [
        ("new-parents", "New parents", ["new baby", "baby", "postnatal", "new mum"], "parenthood-family"),
        ("perinatal", "Perinatal", ["postnatal", "postnatal depression"], "specific-experiences"),
        ("mothers", "Mums", ["mum", "mums"], "parenthood-family"),
        ("men", "Men", ["lads", "blokes"], "gender"),
        ("women", "Women", ["ladies"], "gender"),
        ("lgbt-plus", "LGBT+", ["gay", "lgbt"], "lgbt-plus"),
        ("bipolar", "Bipolar", ["bipolar"], "specific-experiences"),
        ("self-harm", "Self-harm", ["self harm"], "specific-experiences"),
        ("psychosis", "Psychosis", ["schizophrenia"], "specific-experiences"),
        ("long-term-conditions", "Long-term conditions", ["ME", "chronic pain"], "disability-deaf"),
        ("in-prison", "In prison", ["inside", "prison"], "criminal-justice"),
        ("families-of-prisoners", "Families of prisoners", [], "criminal-justice"),
        ("prison-experience", "Experience of prison", ["ex-offender"], "criminal-justice"),
        ("autistic", "Autistic", ["autism"], "disability-deaf"),
        ("parent-carers", "Parent carers", [], "carers"),
        ("mental-health-carers", "Mental health carers", [], "carers"),
        ("bereavement", "Bereavement", ["grief"], "specific-experiences"),
        ("group", "Group", ["group", "support group"], "format"),
    ]);

    private static List<string> Keys(string text) => [.. Reader.Read(text).Readings.Select(r => r.Key).Order()];

    [Fact]
    public void A_described_need_becomes_what_it_names_and_the_filler_goes()
    {
        var reading = Reader.Read("somewhere for gay lads in the evening");
        Assert.Equal(["lgbt-plus", "men", "time:Evening"], reading.Readings.Select(r => r.Key).Order());
        Assert.Equal(FilterGroups.Of(TimeOfDay.Evening), reading.Filters);
        // Tags stay in the text (listings carry their tags' words); a time of day does not.
        Assert.Equal("gay lads", reading.Text);
    }

    [Theory]
    [InlineData("I just had a baby and feel low", "new-parents")]
    [InlineData("a group where I can bring my kids", "access:ChildrenWelcome")]
    [InlineData("can I just turn up", "join:DropIn")]
    [InlineData("free drop in on saturdays", "cost:Free,day:Saturday,join:DropIn")]
    [InlineData("people who've been there", "run:PeerLed")]
    [InlineData("postnatal", "new-parents,perinatal")]
    [InlineData("someone who has been inside too", "prison-experience")]
    [InlineData("i'm inside at the moment", "in-prison")]
    public void Phrases_people_use_are_read(string text, string keys) =>
        Assert.Equal(keys.Split(',').Order(), Keys(text));

    [Fact]
    public void The_longest_phrase_wins_and_a_phrase_naming_two_tags_is_one_reading_of_the_words()
    {
        var reading = Reader.Read("postnatal depression");
        Assert.Equal(["perinatal"], reading.Readings.Select(r => r.Key));
        Assert.Equal("postnatal depression", reading.Readings.Single().Words);
    }

    [Theory]
    [InlineData("bi polar", "bipolar")]
    [InlineData("selfharm", "self-harm")]
    [InlineData("bipolr", "")]
    [InlineData("bereavment grief", "bereavement")]
    [InlineData("skitzophrenia", "psychosis")]
    public void Words_written_apart_together_or_as_they_sound_are_read(string text, string keys) =>
        Assert.Equal(keys.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), Keys(text));

    [Fact]
    public void A_capitalised_abbreviation_that_is_an_everyday_word_counts_only_in_capitals()
    {
        Assert.Equal(["long-term-conditions"], Keys("support for ME"));
        Assert.Empty(Keys("help me"));
    }

    [Fact]
    public void A_word_after_a_negation_is_not_a_choice()
    {
        Assert.Equal(["women"], Keys("ladies, not men"));
        Assert.Empty(Keys("not just lads or just ladies"));
    }

    [Fact]
    public void Someone_else_is_not_who_the_person_is_and_words_about_them_mean_support_as_family()
    {
        Assert.Empty(Keys("my mum"));
        Assert.Equal(["autistic", "parent-carers"], Keys("my son has autism"));
        Assert.Equal(["families-of-prisoners"], Keys("my partner is in prison"));
        Assert.Equal(["bereavement"], Keys("my brother died"));
    }

    [Fact]
    public void A_reading_the_person_undid_is_matched_as_text_only_and_words_as_typed_read_nothing()
    {
        var reading = Reader.Read("gay lads", unread: ["men"]);
        Assert.Equal(["lgbt-plus"], reading.Readings.Select(r => r.Key));
        Assert.Equal("gay lads", reading.Text);
        Assert.Empty(new SearchQuery { Q = "gay lads", Typed = true }.ToRequest(null, DateTime.UtcNow, Reader).Readings);
    }

    [Fact]
    public void A_word_the_index_knows_is_never_taken_for_a_slip()
    {
        Assert.Equal(["bereavement"], Keys("bereavment"));
        Assert.Empty(Reader.Read("bereavment", knownWord: w => w == "bereavment").Readings);
    }

    [Fact]
    public void The_place_typed_in_the_words_is_left_to_the_place_box()
    {
        var request = new SearchQuery { Q = "gay group in Cardiff", Where = "Cardiff" }.ToRequest(null, DateTime.UtcNow, Reader);
        Assert.Equal("gay", request.Text);
    }
}
