using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Sharing;

public static class SharingSetup
{
    /// <summary>Referrers' lists and tags: the daily jobs that expire lists nobody has opened for a year and fold away tags older than a year.</summary>
    public static IServiceCollection AddSharing(this IServiceCollection services) =>
        services.AddScoped<ReferrerListExpiryJob>().AddScoped<ViaTagPurgeJob>();
}
