using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

public class PostcodeTests
{
    [Theory]
    [InlineData("LS1 4AP", "LS1 4AP", "LS14AP")]
    [InlineData("ls14ap", "LS1 4AP", "LS14AP")]
    [InlineData("  Ls1   4ap ", "LS1 4AP", "LS14AP")]
    [InlineData("SW1A 1AA", "SW1A 1AA", "SW1A1AA")]
    [InlineData("w1a0ax", "W1A 0AX", "W1A0AX")]
    [InlineData("M1 1AE", "M1 1AE", "M11AE")]
    public void A_full_postcode_is_normalised_whatever_its_spacing_and_case(string typed, string written, string key)
    {
        Assert.True(Postcode.TryParse(typed, out var postcode));
        Assert.True(postcode.IsFull);
        Assert.Equal(written, postcode.ToString());
        Assert.Equal(key, postcode.Key);
    }

    [Theory]
    [InlineData("LS1", "LS1")]
    [InlineData("ls14", "LS14")]
    [InlineData("sw1a", "SW1A")]
    [InlineData(" M1 ", "M1")]
    public void An_outward_code_alone_is_a_postcode_district(string typed, string outward)
    {
        Assert.True(Postcode.TryParse(typed, out var postcode));
        Assert.False(postcode.IsFull);
        Assert.Equal(outward, postcode.Outward);
        Assert.Equal(outward, postcode.Key);
        Assert.Equal(outward, postcode.ToString());
    }

    [Fact]
    public void The_outward_part_of_a_full_postcode_is_before_the_space() =>
        Assert.Equal("LS1", Postcode.TryParse("LS14AP", out var postcode) ? postcode.Outward : null);

    [Theory]
    [InlineData("")]
    [InlineData("Leeds")]
    [InlineData("LS1 4")]
    [InlineData("LS1 4A")]
    [InlineData("1LS 4AP")]
    [InlineData("LS1 4AP X")]
    [InlineData("ABC1 4AP")]
    [InlineData("53.80, -1.55")]
    public void Text_that_is_not_shaped_like_a_postcode_is_not_one(string typed) =>
        Assert.False(Postcode.TryParse(typed, out _));
}
