using PeerSupport.Directory.Freshness;

namespace PeerSupport.Directory.Tests.Freshness;

public class FreshnessTextTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, "Group confirmed it is running today")]
    [InlineData(3, "Group confirmed it is running 3 days ago")]
    [InlineData(21, "Group confirmed it is running 3 weeks ago")]
    [InlineData(95, "Group confirmed it is running 3 months ago")]
    public void Confirmation_age_reads_as_words(int daysAgo, string expected) =>
        Assert.Equal(expected, FreshnessText.Describe(Now.AddDays(-daysAgo), Now));

    [Fact]
    public void A_listing_unconfirmed_for_120_days_may_be_out_of_date()
    {
        Assert.False(FreshnessText.MayBeOutOfDate(Now.AddDays(-119), Now));
        Assert.True(FreshnessText.MayBeOutOfDate(Now.AddDays(-120), Now));
    }
}
