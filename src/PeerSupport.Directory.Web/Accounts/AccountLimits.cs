using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Web.Safety;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>Accounts:Limits in configuration: how many sign-in, registration and email-sending posts are allowed.</summary>
public sealed class AccountLimitOptions
{
    public const string Section = "Accounts:Limits";

    /// <summary>Posts to the account forms from one client address per window.</summary>
    public int PerClientPermits { get; set; } = 30;

    /// <summary>Posts naming one email address, per form, per window (from any client).</summary>
    public int PerAccountPermits { get; set; } = 10;

    public int WindowSeconds { get; set; } = 900;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}

/// <summary>
/// Rate limits for sign-in, registration, forgotten password and resend-confirmation, against
/// password guessing and mail bombing. Per client address: the named policy
/// <see cref="AccountForms"/> (the rate-limit middleware answers 429 with Retry-After). Per
/// account: <see cref="AccountAttempts"/>, called by each handler once it has read the email.
/// </summary>
public static class AccountLimits
{
    public const string AccountForms = "account-forms";

    public static void AddAccountLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountLimitOptions>().BindConfiguration(AccountLimitOptions.Section)
            .Validate(o => o.PerClientPermits > 0 && o.PerAccountPermits > 0 && o.WindowSeconds > 0, "Accounts:Limits values must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccountLimitOptions>>((options, limits) =>
            options.AddPolicy(AccountForms, context => RateLimits.PostsPerClient(context, limits.Value.PerClientPermits, limits.Value.Window)));
        builder.Services.AddSingleton<AccountAttempts>();
    }
}

/// <summary>
/// A fixed window of attempts per (form, email address), in memory only. The address is kept
/// as a SHA-256 hash of its normalised form, never as typed, and never logged; a window is
/// forgotten once it ends.
/// </summary>
public sealed class AccountAttempts(IOptions<AccountLimitOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;
        public int Count;
    }

    /// <summary>Counts one attempt; false (with how long to wait) once the account's window is full.</summary>
    public bool TryTake(string form, string email, out TimeSpan retryAfter)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        if (windows.Count > 10_000)
        {
            Forget(now, limits.Window);
        }
        var key = Key(form, email);
        var window = windows.AddOrUpdate(key, _ => new Window(now), (_, old) => now - old.Start >= limits.Window ? new Window(now) : old);
        if (Interlocked.Increment(ref window.Count) <= limits.PerAccountPermits)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }
        retryAfter = window.Start + limits.Window - now;
        return false;
    }

    private void Forget(DateTimeOffset now, TimeSpan length)
    {
        foreach (var (key, window) in windows)
        {
            if (now - window.Start >= length)
            {
                windows.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string form, string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{form}\n{email.Trim().ToUpperInvariant()}")));
}

/// <summary>
/// The answer when an account's window is full: 429, Retry-After, and the same page with a
/// message saying how long to wait in place of the form (see _TooManyAttempts.cshtml).
/// </summary>
public static class TooManyAttempts
{
    private const string Key = "RetryMinutes";

    public static PageResult Refuse(PageModel page, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        page.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        page.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        page.ViewData[Key] = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        return page.Page();
    }

    /// <summary>Minutes to wait, when this response is a refusal.</summary>
    public static int? Minutes(ViewDataDictionary viewData) => viewData[Key] as int?;
}
