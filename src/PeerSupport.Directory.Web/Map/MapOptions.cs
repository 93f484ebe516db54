using Microsoft.Extensions.Options;

namespace PeerSupport.Directory.Web.Map;

/// <summary>
/// The tile server for the results map. The map is shown only when a person asks for it
/// (map=1); only then does their browser fetch tiles from <see cref="TileUrl"/>.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Map";

    /// <summary>A Leaflet tile URL template with {z}, {x} and {y}; https (plain http only for this machine).</summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>Credit the tile server requires, shown on the map (plain text).</summary>
    public string Attribution { get; set; } = "© OpenStreetMap contributors";

    /// <summary>The tile server's origin ("https://tile.openstreetmap.org"), for the map page's Content-Security-Policy.</summary>
    public string TileOrigin => TryOrigin(TileUrl, out var origin) ? origin : "";

    internal static bool TryOrigin(string? template, out string origin)
    {
        origin = "";
        if (string.IsNullOrWhiteSpace(template) || !Uri.TryCreate(template, UriKind.Absolute, out var uri))
        {
            return false;
        }
        origin = uri.GetLeftPart(UriPartial.Authority);
        return true;
    }
}

public sealed class MapOptionsValidator : IValidateOptions<MapOptions>
{
    public ValidateOptionsResult Validate(string? name, MapOptions options)
    {
        var failures = new List<string>();
        if (!MapOptions.TryOrigin(options.TileUrl, out _) || !Uri.TryCreate(options.TileUrl, UriKind.Absolute, out var uri))
        {
            failures.Add("Map:TileUrl must be an absolute URL such as https://tile.openstreetmap.org/{z}/{x}/{y}.png.");
        }
        else
        {
            if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            {
                failures.Add("Map:TileUrl must use https (plain http only for this machine).");
            }
            if (uri.Host.Contains('{', StringComparison.Ordinal) || options.TileUrl.Contains("{s}", StringComparison.Ordinal))
            {
                failures.Add("Map:TileUrl must name one host (no {s} subdomains), so the page's security policy can allow exactly that origin.");
            }
            foreach (var part in new[] { "{z}", "{x}", "{y}" })
            {
                if (!options.TileUrl.Contains(part, StringComparison.Ordinal))
                {
                    failures.Add($"Map:TileUrl must contain {part}.");
                }
            }
        }
        if (string.IsNullOrWhiteSpace(options.Attribution))
        {
            failures.Add("Map:Attribution is required: tile servers require credit on the map.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public static class MapSetup
{
    public static void AddMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MapOptions>, MapOptionsValidator>();
    }
}
