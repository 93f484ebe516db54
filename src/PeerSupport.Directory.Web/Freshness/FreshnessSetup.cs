using Microsoft.Extensions.Options;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Freshness;

public static class FreshnessSetup
{
    /// <summary>The freshness policy (configurable days), one-click reminder links and the daily sweep.</summary>
    public static void AddFreshness(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FreshnessOptions>().BindConfiguration(FreshnessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new FreshnessPolicy(sp.GetRequiredService<IOptions<FreshnessOptions>>().Value));
        builder.Services.AddSingleton<OneClickLinks>();
        builder.Services.AddSingleton<IAbsoluteLinks>(sp => sp.GetRequiredService<SiteLinks>());
        builder.Services.AddScoped<FreshnessSweep>();
        builder.Services.AddScoped<ScheduleCheckJob>();
        builder.Services.AddScoped<FreshnessSnapshotJob>();
        builder.Services.AddScoped<LinkCheckJob>();
        builder.Services.AddHttpClient<LinkProbe>((services, http) =>
            {
                http.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<FreshnessOptions>>().Value.LinkCheckTimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("PeerSupport.Directory-LinkCheck/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(services => LinkProbe.Handler(services.GetRequiredService<IOptions<FreshnessOptions>>().Value.LinkCheckAllowPrivateAddresses));
    }
}
