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
        });
    }

    /// <summary>A fixed window per client address that counts POSTs only, so reading a form is never limited.</summary>
    public static RateLimitPartition<string> PostsPerClient(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");

    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
