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

    /// <summary>
    /// The open-data API (/api/oruk): a bucket of <see cref="SafetyOptions.OpenDataBurst"/> (600)
    /// requests per client, refilled at <see cref="SafetyOptions.OpenDataPerSecond"/> (20) a second.
    /// A council's harvest of every page, one page at a time, stays under it; a flood meets 429
    /// with a JSON body (the open-data answers write it, with CORS like every answer there).
    /// </summary>
    public const string OpenData = "open-data";

    /// <summary>
    /// Messages and problem reports to one group, from everyone together: 20 an hour. A small
    /// group hears from a handful of people a week; a script spreading its posts over many
    /// addresses (each within <see cref="PublicForms"/>) would otherwise fill the leads' inbox or
    /// the moderators' queue.
    /// </summary>
    public static readonly LimitPerListingAttribute GroupForms = new("group-forms", "id", permits: 20, TimeSpan.FromHours(1));

    /// <summary>Requests to manage one group, from all accounts together: 5 a day (a real group has one or two people who would ask).</summary>
    public static readonly LimitPerListingAttribute Claims = new("claims", "listingId", permits: 5, TimeSpan.FromDays(1));

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
            options.AddPolicy<string, OpenDataLimit>(OpenData);
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(PostsPerListing);
        });
    }

    /// <summary>A fixed window per client address that counts POSTs only, so reading a form is never limited.</summary>
    public static RateLimitPartition<string> PostsPerClient(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");

    /// <summary>
    /// POSTs to a page marked <see cref="LimitPerListingAttribute"/>, counted per listing (its id in
    /// the route) in a fixed window, on top of the page's per-client policy.
    /// </summary>
    private static RateLimitPartition<string> PostsPerListing(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<LimitPerListingAttribute>() is { } limit
        && context.Request.RouteValues[limit.RouteKey]?.ToString() is { Length: > 0 } id
            ? RateLimitPartition.GetFixedWindowLimiter($"{limit.Name}:{id}", _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.Permits, Window = limit.Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("not-per-listing");

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

/// <summary>
/// A per-client token bucket sized from configuration (the benchmark raises it): a burst, then so
/// many a second. A request with no client address comes from inside the process (tests'
/// in-memory server); a real connection always has one.
/// </summary>
internal abstract class ClientBucket(Func<SafetyOptions, (int Burst, int PerSecond)> size, Microsoft.Extensions.Options.IOptions<SafetyOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => httpContext.Connection.RemoteIpAddress is null
        ? RateLimitPartition.GetNoLimiter("in-process")
        : RateLimitPartition.GetTokenBucketLimiter(RateLimits.ClientKey(httpContext), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = size(options.Value).Burst,
            TokensPerPeriod = size(options.Value).PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });
}

/// <summary>The <see cref="RateLimits.Search"/> bucket.</summary>
internal sealed class SearchLimit(Microsoft.Extensions.Options.IOptions<SafetyOptions> options)
    : ClientBucket(o => (o.SearchBurst, o.SearchPerSecond), options);

/// <summary>The <see cref="RateLimits.OpenData"/> bucket.</summary>
internal sealed class OpenDataLimit(Microsoft.Extensions.Options.IOptions<SafetyOptions> options)
    : ClientBucket(o => (o.OpenDataBurst, o.OpenDataPerSecond), options);

/// <summary>
/// Marks a page whose POSTs are limited per listing as well as per client; the limits themselves
/// are <see cref="RateLimits.GroupForms"/> and <see cref="RateLimits.Claims"/>, and a page names
/// one of them with <see cref="LimitPerListingAttribute(string)"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class LimitPerListingAttribute : Attribute
{
    internal LimitPerListingAttribute(string name, string routeKey, int permits, TimeSpan window) =>
        (Name, RouteKey, Permits, Window) = (name, routeKey, permits, window);

    /// <param name="limit"><c>nameof(RateLimits.GroupForms)</c> or <c>nameof(RateLimits.Claims)</c>.</param>
    public LimitPerListingAttribute(string limit)
    {
        var named = limit switch
        {
            nameof(RateLimits.GroupForms) => RateLimits.GroupForms,
            nameof(RateLimits.Claims) => RateLimits.Claims,
            _ => throw new ArgumentException($"No per-listing limit named {limit}.", nameof(limit)),
        };
        (Name, RouteKey, Permits, Window) = (named.Name, named.RouteKey, named.Permits, named.Window);
    }

    public string Name { get; }
    public string RouteKey { get; }
    public int Permits { get; }
    public TimeSpan Window { get; }
}
