using PeerSupport.Directory.Web.Tests.Support;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Every configuration section is bound and checked the same way (BindConfiguration, its rules,
/// ValidateOnStart), so a mistyped setting stops the site at start-up with a message that names
/// it, rather than failing later on the page or job that first reads it.
/// </summary>
public sealed class BadSettingsTests
{
    private sealed class BadSettingApp(string key, string value) : DirectoryAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { [key] = value };
    }

    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider must be 'Sqlite' or 'SqlServer', not 'Oracle'")]
    [InlineData("Freshness:DueDays", "0", "The field DueDays must be between 1 and 3650")]
    [InlineData("Freshness:LapseDays", "100", "Freshness days must grow")]
    [InlineData("Mail:Mode", "Smtp", "Mail:SmtpHost is required when Mail:Mode is Smtp")]
    [InlineData("Mail:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Map:TileUrl", "tiles", "Map:TileUrl must be an absolute URL")]
    [InlineData("Postcodes:TimeoutSeconds", "0", "TimeoutSeconds")]
    [InlineData("Safety:QuickExitUrl", "elsewhere", "Safety:QuickExitUrl must be an absolute URL")]
    [InlineData("Leads:InviteLimits:PerAccountPerDay", "0", "Leads:InviteLimits values must be positive")]
    [InlineData("Accounts:Limits:WindowSeconds", "0", "Accounts:Limits values must be positive")]
    [InlineData("Hosting:ForwardedHeaders:ForwardLimit", "0", "Hosting:ForwardedHeaders")]
    public void A_bad_setting_stops_the_site_at_start_up_naming_the_setting(string key, string value, string message)
    {
        using var app = new BadSettingApp(key, value);

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }
}
