using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

public class EditDistanceTests
{
    [Theory]
    [InlineData("sheffield", "sheffeild", 1)]
    [InlineData("liverpool", "liverpol", 1)]
    [InlineData("nottingham", "notingam", 2)]
    [InlineData("leigh", "leith", 1)]
    [InlineData("leeds", "leeds", 0)]
    [InlineData("york", "manchester", 3)]
    public void Counts_added_dropped_changed_and_swapped_letters_up_to_a_bound(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, max: 2));

    [Fact]
    public void Without_changes_a_changed_letter_costs_two() =>
        Assert.Equal(2, EditDistance.Bounded("leigh", "leith", max: 2, substitute: false));
}
