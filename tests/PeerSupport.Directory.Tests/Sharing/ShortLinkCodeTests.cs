using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Tests.Sharing;

public class ShortLinkCodeTests
{
    [Fact]
    public void Codes_use_no_look_alike_characters()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ShortLinkCode.New()).ToList();
        Assert.All(codes, c => Assert.True(ShortLinkCode.LooksValid(c), c));
        Assert.DoesNotContain(codes, c => c.IndexOfAny(['0', 'o', '1', 'l', 'i']) >= 0);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("abcdef0")]
    [InlineData("ABCDEFG")]
    public void Malformed_codes_are_not_valid(string code) => Assert.False(ShortLinkCode.LooksValid(code));
}
