namespace PeerSupport.Directory.Browser.Tests;

/// <summary>
/// Where the browser tests expect Debian's Chromium. Without it they are skipped on a developer's
/// machine, but on CI (CI=true) they run and fail, so a missing browser can never pass silently.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => IsInstalled || IsRequired
        ? null
        : $"Browser tests need Chromium at {ExecutablePath} (apt-get install chromium); skipped because it is missing and CI is not 'true'.";
}

/// <summary>A fact that runs in a real browser: skipped when Chromium is missing, except on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that runs in a real browser: skipped when Chromium is missing, except on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
