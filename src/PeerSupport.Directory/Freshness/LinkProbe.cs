using System.Net;
using System.Net.Sockets;

namespace PeerSupport.Directory.Freshness;

/// <summary>
/// Asks one website or booking link whether it still answers: HEAD (GET when HEAD is refused),
/// redirects followed by hand up to five hops, a time-out per request. Only http and https,
/// and (unless allowed for tests) never an address on this machine or its private networks,
/// checked at connect time so a hostile DNS answer cannot turn the check on our own servers.
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
    /// cookies, and a connect step that refuses loopback, private, link-local and other
    /// internal addresses unless <paramref name="allowPrivateAddresses"/> (tests on loopback).
    /// </summary>
    public static SocketsHttpHandler Handler(bool allowPrivateAddresses) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => allowPrivateAddresses || IsPublic(a)).ToList();
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

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        }
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 127 || b[0] == 0 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }

    private sealed class RefusedAddressException() : IOException("The address is on a private network.");
}
