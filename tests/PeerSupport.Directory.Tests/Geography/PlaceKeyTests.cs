using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

public class PlaceKeyTests
{
    [Theory]
    [InlineData("Ross-on-Wye", "Ross on Wye")]
    [InlineData("Newcastle upon Tyne", "newcastle-on-tyne")]
    [InlineData("Bishop's Stortford", "bishops stortford")]
    [InlineData("St. Helens", "Saint Helens")]
    [InlineData("Ynys Môn", "ynys mon")]
    [InlineData("Kensington & Chelsea", "Kensington and Chelsea")]
    [InlineData("Milton  Keynes", "miltonkeynes")]
    public void Ways_of_writing_one_name_share_a_key(string a, string b) => Assert.Equal(PlaceKey.Of(a), PlaceKey.Of(b));

    [Theory]
    [InlineData("Barrow", "Barrowby")]
    [InlineData("Stoke", "Stoke-on-Trent")]
    public void Different_names_do_not(string a, string b) => Assert.NotEqual(PlaceKey.Of(a), PlaceKey.Of(b));

    [Fact]
    public void Punctuation_alone_is_no_name() => Assert.Equal("", PlaceKey.Of(" - , . "));
}
