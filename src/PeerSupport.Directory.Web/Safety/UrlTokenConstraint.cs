namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// <c>{code:token}</c>: a code, key or token in a URL is URL-safe characters only (letters, digits,
/// '-', '_', '.', '~'), 1 to 512 of them. Anything else (a space, a NUL, a line break) matches no
/// page, so it gets the kind 404 page instead of reaching a handler as null.
/// </summary>
public sealed class UrlTokenConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value?.ToString() is { Length: > 0 and <= 512 } text
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~');
}
