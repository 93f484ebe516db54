using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Tests.Listings;

public class SlugTests
{
    [Theory]
    [InlineData("Rainbow Minds – Leeds", "rainbow-minds-leeds")]
    [InlineData("LGBT+ Café Group", "lgbt-plus-cafe-group")]
    [InlineData("  ***  ", "group")]
    public void Names_become_readable_url_parts(string name, string expected) => Assert.Equal(expected, Slug.From(name));
}
