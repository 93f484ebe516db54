using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// A session ends 12 hours after signing in, however busy it has been: the cookie's sliding
/// 8 hours alone would let a session that is used every few hours live for ever. The moment of
/// signing in is kept in the cookie's own properties; a refresh of the sign-in (after a password
/// or email change) keeps it, so changing a password does not lengthen the session.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    private const string SignedInAt = "psd-signed-in-at";

    public static void Apply(CookieAuthenticationOptions options)
    {
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            if (!context.Properties.Items.ContainsKey(SignedInAt))
            {
                context.Properties.Items[SignedInAt] = Now(context.HttpContext).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            }
            return signingIn(context);
        };
        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var since = context.Properties.Items.TryGetValue(SignedInAt, out var value)
                && DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
                    ? at
                    : (DateTimeOffset?)null;
            // A cookie without the moment (issued before this rule) counts from when it was issued.
            if (Now(context.HttpContext) - (since ?? context.Properties.IssuedUtc ?? DateTimeOffset.MinValue) >= Absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }
            await validate(context);
        };
    }

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
