using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Sharing;

public static class SharingSetup
{
    /// <summary>Referrers' lists: the daily job that expires lists nobody has opened for a year.</summary>
    public static IServiceCollection AddSharing(this IServiceCollection services) => services.AddScoped<ReferrerListExpiryJob>();
}
