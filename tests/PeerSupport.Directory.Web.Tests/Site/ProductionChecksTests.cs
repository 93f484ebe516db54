using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>The site run in Production with a setting that is only safe on a developer's machine refuses to start and says why.</summary>
public sealed class ProductionChecksTests
{
    private static List<string> Problems(params (string Key, string Value)[] settings) =>
        ProductionChecks.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

    private static readonly (string, string)[] Safe = [("Seed:ImportDemoListings", "false"), ("Site:PublicUrl", "https://peersupport.example")];

    [Fact]
    public void Safe_production_settings_have_no_problem() => Assert.Empty(Problems(Safe));

    [Theory]
    [InlineData("Seed:ImportDemoListings", "true", "ImportDemoListings")]
    [InlineData("Site:PublicUrl", "http://peersupport.example", "https://")]
    [InlineData("Site:PublicUrl", "", "not set")]
    public void A_demo_import_or_a_public_url_that_is_not_https_is_refused(string key, string value, string said)
    {
        var problem = Assert.Single(Problems([.. Safe.Where(s => s.Item1 != key), (key, value)]));
        Assert.Contains(said, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smtp.mailhost.example", true)]
    [InlineData("localhost", false)]
    [InlineData("127.0.0.1", false)]
    public void Smtp_without_tls_is_refused_unless_the_relay_is_on_this_machine(string host, bool refused)
    {
        var problems = Problems([.. Safe, ("Mail:Mode", "Smtp"), ("Mail:SmtpHost", host), ("Mail:SmtpSecurity", "None")]);
        Assert.Equal(refused, problems.Count == 1);
    }

    [Fact]
    public void The_site_started_in_production_with_the_shipped_defaults_stops_and_names_each_setting_to_change()
    {
        using var app = new ProductionApp();

        var refusal = Assert.ThrowsAny<Exception>(() => app.Server);

        var message = refusal.ToString();
        Assert.Contains("will not start in Production", message, StringComparison.Ordinal);
        Assert.Contains("Seed:ImportDemoListings", message, StringComparison.Ordinal);
        Assert.Contains("Site:PublicUrl", message, StringComparison.Ordinal);
    }

    private sealed class ProductionApp : DirectoryAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
