using System.Security.Claims;

namespace PeerSupport.Directory.Data;

/// <summary>
/// The one way a change's author is written: in the listing history, moderators' decisions and
/// reviews, LastConfirmedBy and place names. People are named by account id ("user:{id}"), never by
/// email, so deleting an account leaves no address behind; the rest are fixed words.
/// </summary>
public static class ChangeActor
{
    public const string PersonPrefix = "user:";

    /// <summary>A background job or a request with nobody signed in.</summary>
    public const string System = "system";

    /// <summary>The import command (listings and place names).</summary>
    public const string Import = "import";

    /// <summary>The seed files shipped with the site.</summary>
    public const string Seed = "seed";

    /// <summary>A lead's answer through a reminder email's one-click link (no sign-in).</summary>
    public const string OneClickLink = "one-click link";

    public static string Person(string userId) => PersonPrefix + userId;

    /// <summary>The signed-in person, or <see cref="System"/> when nobody is.</summary>
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? Person(id) : System;

    public static bool IsPerson(string actor) => actor.StartsWith(PersonPrefix, StringComparison.Ordinal);

    /// <summary>The account id in a person's actor; null for the fixed words.</summary>
    public static string? UserIdOf(string actor) => IsPerson(actor) ? actor[PersonPrefix.Length..] : null;
}
