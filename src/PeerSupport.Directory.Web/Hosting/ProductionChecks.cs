using System.Net;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// In the Production environment the site refuses to start with a setting that is only safe on a
/// developer's machine: the demo listings imported (fictional groups shown to real people), a
/// public URL that is not https (every emailed link, reset links among them, would travel in the
/// clear), or SMTP without TLS to another machine (emails, with their links and messages, read on
/// the way). The start fails with every problem named and how to fix it. Other environments
/// (Development, and the Testing one the test suites use) are not checked.
/// </summary>
public static class ProductionChecks
{
    public static void AddProductionChecks(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsProduction())
        {
            return;
        }
        var problems = Problems(builder.Configuration);
        builder.Services.AddOptions<ProductionReady>()
            .Validate(_ => problems.Count == 0, $"The site will not start in Production: {string.Join(" ", problems)}")
            .ValidateOnStart();
    }

    public static List<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        if (configuration.GetValue("Seed:ImportDemoListings", true))
        {
            problems.Add("Seed:ImportDemoListings is on: set it to false, so no fictional demo group is shown to real people.");
        }
        var url = configuration["Site:PublicUrl"];
        if (!Uri.TryCreate(url, UriKind.Absolute, out var publicUrl) || publicUrl.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"Site:PublicUrl is {(string.IsNullOrEmpty(url) ? "not set" : $"'{url}'")}: set the https:// address people reach the site at; every emailed link is built from it.");
        }
        var mail = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        if (mail.Mode == MailOptions.SmtpMode && mail.SmtpSecurity == "None" && !IsThisMachine(mail.SmtpHost))
        {
            problems.Add($"Mail:SmtpSecurity is None for the remote host '{mail.SmtpHost}': use StartTls or SslOnConnect (None is only for a relay on this machine).");
        }
        return problems;
    }

    private static bool IsThisMachine(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Nothing but the name the start-up check hangs on.</summary>
    public sealed class ProductionReady;
}
