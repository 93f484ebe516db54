namespace PeerSupport.Directory.Web.Sharing;

/// <summary>
/// The list a referrer is building on this device: its edit key, in a first-party, HttpOnly
/// cookie set only when they start or resume a list, so "Add to list" works while they search.
/// It holds no search, no person and no tracking id; ordinary searchers never get it.
/// </summary>
public static class ListCookie
{
    public const string Name = "psd-list";

    public static string? Read(HttpRequest request) => request.Cookies.TryGetValue(Name, out var key) && key.Length is > 0 and <= 64 ? key : null;

    public static void Write(HttpResponse response, string editKey) => response.Cookies.Append(Name, editKey, new CookieOptions
    {
        HttpOnly = true,
        Secure = response.HttpContext.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        MaxAge = TimeSpan.FromDays(30),
        Path = "/",
    });

    public static void Clear(HttpResponse response) => response.Cookies.Delete(Name, new CookieOptions { Path = "/" });
}
