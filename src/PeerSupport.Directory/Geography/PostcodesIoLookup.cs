using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace PeerSupport.Directory.Geography;

/// <summary>
/// A postcodes.io-compatible service: GET postcodes/{postcode} and outcodes/{outcode} answer
/// {"status":200,"result":{"latitude":..,"longitude":..}}, or 404 when unknown.
///
/// Privacy: using a remote service sends the postcode a person typed to that service (from this
/// server, so not with their IP address, and without the rest of their search). It is off by
/// default, and docs/privacy-and-safety.md and the privacy page say so when it is on. The
/// postcode is never logged: nothing here writes it, and the HttpClient's own request logging
/// (which would write the URL) is removed where the client is registered.
/// The HttpClient's base address and timeout come from <see cref="PostcodeOptions"/>.
/// </summary>
public sealed class PostcodesIoLookup(HttpClient http, ILogger<PostcodesIoLookup> logger) : IPostcodeLookup
{
    public async Task<PostcodeAnswer> LookUpAsync(Postcode postcode, CancellationToken cancellationToken = default)
    {
        var path = (postcode.IsFull ? "postcodes/" : "outcodes/") + Uri.EscapeDataString(postcode.Key);
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new PostcodeAnswer.Unknown();
            }
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The postcode service answered {StatusCode}; asking for a town instead.", (int)response.StatusCode);
                return new PostcodeAnswer.Unavailable();
            }
            var body = await response.Content.ReadFromJsonAsync<Envelope>(cancellationToken);
            return body?.Result is { Latitude: { } latitude, Longitude: { } longitude }
                ? new PostcodeAnswer.Found(new GeoPoint(latitude, longitude))
                : new PostcodeAnswer.Unknown();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The postcode service did not answer within {Seconds} seconds; asking for a town instead.", http.Timeout.TotalSeconds);
            return new PostcodeAnswer.Unavailable();
        }
        catch (HttpRequestException e)
        {
            // The error kind only: an exception's message could one day carry the URL.
            logger.LogWarning("The postcode service could not be reached ({Error}); asking for a town instead.", e.HttpRequestError);
            return new PostcodeAnswer.Unavailable();
        }
        catch (JsonException)
        {
            logger.LogWarning("The postcode service answered with something other than postcodes.io JSON; asking for a town instead.");
            return new PostcodeAnswer.Unavailable();
        }
    }

    private sealed record Envelope(Point? Result);

    private sealed record Point(double? Latitude, double? Longitude);
}
