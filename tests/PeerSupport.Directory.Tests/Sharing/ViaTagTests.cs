using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Tests.Sharing;

public sealed class ViaTagTests
{
    [Fact]
    public void A_tag_may_be_32_characters_long_and_not_33()
    {
        var longest = "abcdefghijklmnopqrstuvwxyz-12345";

        Assert.Equal(longest, ViaTag.Read(longest));
        Assert.Equal("", ViaTag.Read(longest + "6"));
    }

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwxyz-123456")]
    [InlineData("Dr J. Smith")]
    [InlineData("jane_smith")]
    [InlineData("café")]
    [InlineData("(other)")]
    [InlineData("gp\r\nsurgery")]
    public void Anything_else_is_no_tag_rather_than_cleaned_into_one(string typed)
    {
        Assert.False(ViaTag.TryRead(typed, out _));
        Assert.Equal("", ViaTag.Read(typed));
        Assert.Null(ViaTag.ForLink(typed));
    }
}
