using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Listings;

/// <summary>
/// What each kind of contact may hold, and the one place its link is built. A web address must
/// be http(s) (a stored <c>javascript:</c> or <c>data:</c> value must never become a link);
/// <c>mailto:</c>, <c>tel:</c> and <c>sms:</c> are written here from a checked address or number,
/// never taken from input.
/// </summary>
public static partial class ContactValues
{
    /// <summary>Why <paramref name="value"/> cannot be this kind of contact (completing "contacts[n].value ..."), or null.</summary>
    public static string? Problem(ContactKind kind, string value) => kind switch
    {
        ContactKind.Website or ContactKind.Booking when WebAddress(value) is null => "must be a web address starting https:// or http://",
        ContactKind.Email when !EmailPattern().IsMatch(value) => "must be an email address like name@example.org",
        ContactKind.Phone or ContactKind.Text when !PhonePattern().IsMatch(value) => "must be a phone number (digits, spaces, + and brackets)",
        _ => null,
    };

    /// <summary>The link a page shows for a contact, or null (shown as text) when the stored value is not a safe one.</summary>
    public static string? Href(ContactKind kind, string value) => Problem(kind, value) is not null ? null : kind switch
    {
        ContactKind.Email => $"mailto:{value}",
        ContactKind.Phone => $"tel:{Digits(value)}",
        ContactKind.Text => $"sms:{Digits(value)}",
        _ => value,
    };

    private static Uri? WebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0 ? uri : null;

    private static string Digits(string number) => string.Concat(number.Where(c => char.IsAsciiDigit(c) || c == '+'));

    [GeneratedRegex(@"^[^@\s<>""'()]+@[^@\s<>""'()]+\.[^@\s<>""'()]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{3,25}$")]
    private static partial Regex PhonePattern();
}
