using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// Rate limits against guessing and spam. Refusals answer 429 with Retry-After (the framework's
/// default is 503). Clients are told apart by their address only in memory, for the window's
/// length; no address is logged or stored. Named policies go on pages with
/// <c>[EnableRateLimiting(RateLimits.PublicForms)]</c>; each part of the site adds its own here.
/// </summary>
public static class RateLimits
{
    /// <summary>Report a problem, message a group: 10 posts per client per 10 minutes.</summary>
    public const string PublicForms = "public-forms";

    /// <summary>
    /// The results page and place suggestions: a bucket of <see cref="SafetyOptions.SearchBurst"/>
    /// (120) requests per client, refilled at <see cref="SafetyOptions.SearchPerSecond"/> (2) a second. A person searching, refining and paging never meets it (typing a place sends one
    /// suggestion request per pause, not per key); a script harvesting or hammering search does.
    /// </summary>
    public const string Search = "search";

    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PublicForms, context => PostsPerClient(context, permits: 10, TimeSpan.FromMinutes(10)));
            options.AddPolicy<string, SearchLimit>(Search);
        });
    }

    /// <summary>A fixed window per client address that counts POSTs only, so reading a form is never limited.</summary>
    public static RateLimitPartition<string> PostsPerClient(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");

    /// <summary>
    /// The client as limits count it: an IPv4 address, or an IPv6 address's /64 network (one home
    /// or phone gets a whole /64, so counting single IPv6 addresses would let one client be many).
    /// </summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } v6 => Convert.ToHexString(v6.GetAddressBytes(), 0, 8) + "::/64",
        var v4 => v4.ToString(),
    };
}

/// <summary>The <see cref="RateLimits.Search"/> bucket, sized from configuration (the benchmark raises it).</summary>
internal sealed class SearchLimit(Microsoft.Extensions.Options.IOptions<SafetyOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    // A request with no client address comes from inside the process (tests' in-memory server); a
    // real connection always has one.
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => httpContext.Connection.RemoteIpAddress is null
        ? RateLimitPartition.GetNoLimiter("in-process")
        : RateLimitPartition.GetTokenBucketLimiter(RateLimits.ClientKey(httpContext), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.SearchBurst,
            TokensPerPeriod = options.Value.SearchPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });
}
