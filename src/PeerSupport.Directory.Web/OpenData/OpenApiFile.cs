using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// GET /api/oruk/openapi.json: our OpenAPI file (OpenData/openapi.json, derived from the
/// standard's with its known defect fixed; its description says what changed), with this
/// site's address as its server.
/// </summary>
public static class OpenApiFile
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(OpenApiFile).Assembly.GetManifestResourceStream("PeerSupport.Directory.Web.OpenData.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded in the site.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IResult Answer(HttpContext context, SiteLinks links)
    {
        var json = Text.Value.Replace("{PublicUrl}", links.PublicUrl, StringComparison.Ordinal);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(json, "application/json");
    }
}
