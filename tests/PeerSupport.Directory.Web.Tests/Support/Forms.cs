using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Web.CommandLine;

namespace PeerSupport.Directory.Web.Tests.Support;

public static partial class TestSupport
{
    /// <summary>
    /// Posts a form the way a browser would: fetches the page at <paramref name="url"/> first for
    /// its antiforgery token, then posts to the form's <paramref name="action"/> (default: the same URL).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(action ?? url, content);
    }

    public static async Task<ImportResult> ImportAsync(this DirectoryAppFactory app, params ListingRecord[] records)
    {
        ImportResult? result = null;
        await app.WithScopeAsync(async services =>
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new ListingFile { Listings = [.. records] }, ListingFile.Json);
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            result = await services.GetRequiredService<ListingImporter>().ImportAsync(stream);
        });
        return result!;
    }

    /// <summary>Runs an operator verb against the app's services, capturing what it prints. Use in the <see cref="ConsoleCapture"/> collection.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunCommandAsync(this DirectoryAppFactory app, params string[] args)
    {
        var command = Commands.Parse(args)!;
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exit = await command.RunAsync(app.Services);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    public static ListingRecord Group(string name, double lat, double lon, string status = "Published") => new()
    {
        ExternalId = $"web-test-{PeerSupport.Directory.Listings.Slug.From(name)}",
        Name = name,
        Summary = $"{name} meets every week.",
        WhoFor = "Anyone who hears voices.",
        HostType = "UserLed",
        RunBy = "PeerLed",
        JoinBy = "DropIn",
        Cost = "Free",
        Formats = ["Group", "InPerson"],
        Tags = ["hearing-voices"],
        Schedules = [new ScheduleRecord { Kind = "Weekly", Day = "Wednesday", Start = "18:00", End = "20:00" }],
        Place = new PlaceRecord { Venue = "Test Hall", Town = "Leeds", Latitude = lat, Longitude = lon },
        Status = status,
    };

    /// <summary>Runs <paramref name="action"/> on a fresh DbContext of the app, as a request would get.</summary>
    public static Task WithDbAsync(this DirectoryAppFactory app, Func<PeerSupport.Directory.Data.DirectoryDbContext, Task> action) =>
        app.WithScopeAsync(services => action(services.GetRequiredService<PeerSupport.Directory.Data.DirectoryDbContext>()));

    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
