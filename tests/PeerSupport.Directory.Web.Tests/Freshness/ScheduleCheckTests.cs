using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.Freshness;

/// <summary>The daily schedule check tells leads when a listing has no dates coming up.</summary>
public sealed class ScheduleCheckTests(KnownListingsApp app) : IClassFixture<KnownListingsApp>
{
    [Fact]
    public async Task Listings_whose_one_off_dates_have_all_passed_are_flagged_to_their_leads_once()
    {
        var ended = TestListings.Group("Schedule Ended Workshop", 51.5, -0.1);
        ended.Schedules = [new ScheduleRecord { Kind = "OneOff", Date = "2025-12-01", Start = "10:00" }, new ScheduleRecord { Kind = "OneOff", Date = "2025-12-15", Start = "10:00" }];
        var coming = TestListings.Group("Schedule Coming Workshop", 51.5, -0.1);
        coming.Schedules = [new ScheduleRecord { Kind = "OneOff", Date = "2025-12-01", Start = "10:00" }, new ScheduleRecord { Kind = "OneOff", Date = "2026-03-01", Start = "10:00" }];
        await app.AddListingAsync(ended, [await app.CreateLeadAsync("ended.lead@example.org")]);
        await app.AddListingAsync(coming, [await app.CreateLeadAsync("coming.lead@example.org")]);

        await app.WithScopeAsync(async services => await services.GetRequiredService<ScheduleCheckJob>().RunAsync());
        await app.WithScopeAsync(async services => await services.GetRequiredService<ScheduleCheckJob>().RunAsync());

        var email = Assert.Single(await app.ReadAsync("ended.lead@example.org"));
        Assert.Equal("Schedule Ended Workshop has no dates coming up", email.Subject);
        Assert.Contains("15 December 2025", email.TextBody, StringComparison.Ordinal);
        Assert.Empty(await app.ReadAsync("coming.lead@example.org"));
    }
}
