using System.Net;
using System.Net.Sockets;

namespace PeerSupport.Directory.Freshness;

/// <summary>
/// Asks one website or booking link whether it still answers: HEAD (GET when HEAD is refused),
/// redirects followed by hand up to five hops, a time-out per request. Only http and https,
/// and (unless allowed for tests) only addresses <see cref="PublicAddress"/> accepts, checked at
/// connect time for every hop and every new connection, so neither a redirect nor a hostile DNS
/// answer can turn the check on our own servers or their networks.
/// </summary>
public sealed class LinkProbe(HttpClient http)
{
    public const int MaxRedirects = 5;

    public sealed record Outcome(bool Works, string Result);

    public async Task<Outcome> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new Outcome(false, "not a web address");
        }
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            HttpStatusCode status;
            Uri? location;
            try
            {
                (status, location) = await AskAsync(HttpMethod.Head, uri, cancellationToken);
                if (status is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented or HttpStatusCode.Forbidden)
                {
                    (status, location) = await AskAsync(HttpMethod.Get, uri, cancellationToken);
                }
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new Outcome(false, "timed out");
            }
            catch (HttpRequestException e)
            {
                return new Outcome(false, e.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData }
                    ? "address not found (DNS)"
                    : e.InnerException is RefusedAddressException ? "refused: a private network address" : "could not connect");
            }
            var code = (int)status;
            if (code is >= 300 and < 400 && location is not null)
            {
                uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (uri.Scheme is not ("http" or "https"))
                {
                    return new Outcome(false, "redirects away from the web");
                }
                continue;
            }
            return new Outcome(code is >= 200 and < 400, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return new Outcome(false, "too many redirects");
    }

    private async Task<(HttpStatusCode, Uri?)> AskAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return (response.StatusCode, response.Headers.Location);
    }

    /// <summary>
    /// The handler the probe's HttpClient uses: no automatic redirects (counted above), no
    /// cookies, no proxy, and a connect step that refuses every address that is not
    /// <see cref="PublicAddress">public</see> unless <paramref name="allowPrivateAddresses"/> (tests on loopback).
    /// </summary>
    public static SocketsHttpHandler Handler(bool allowPrivateAddresses) =>
        Handler(allowPrivateAddresses ? _ => true : PublicAddress.IsPublic);

    /// <summary>The same handler with another connect rule (a test admits one loopback address and no other).</summary>
    public static SocketsHttpHandler Handler(Func<IPAddress, bool> mayConnect) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        // Through a proxy the connect step below would see only the proxy, and the proxy would reach the link's address unjudged.
        UseProxy = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(mayConnect).ToList();
            if (allowed.Count == 0)
            {
                throw new RefusedAddressException();
            }
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed[0], context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private sealed class RefusedAddressException() : IOException("The address is on a private network.");
}
