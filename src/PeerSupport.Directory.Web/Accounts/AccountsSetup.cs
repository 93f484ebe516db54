using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>Who may open each part of the site; pages get them by folder in Program.cs, never as role strings.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string Moderator = "Moderator";
    public const string Lead = "Lead";
}

/// <summary>
/// ASP.NET Core Identity, hardened beyond its defaults (OWASP ASVS 5, level 2): PBKDF2 at
/// 210,000 iterations, the <see cref="PasswordRule"/>, lockout after 5 failures, confirmed email
/// before sign-in, rate limits per client and per account (<see cref="AccountLimits"/>), and
/// data-protection keys shared by every node through the database (<see cref="KeyRingSetup"/>).
/// </summary>
public static class AccountsSetup
{
    /// <summary>
    /// Pages for one person (anything answered to a signed-in request, the account pages, and the
    /// results page, whose URL and content say what someone searched for) are never stored by the
    /// browser or a proxy: <c>Cache-Control: no-store</c>, unless the response set its own.
    /// </summary>
    public static void UseNoStoreForPersonalPages(this WebApplication app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var path = context.Request.Path;
            if ((context.User.Identity?.IsAuthenticated == true || path.StartsWithSegments("/account") || path.StartsWithSegments("/find"))
                && !context.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
            {
                context.Response.Headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    });

    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<DirectoryUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                PasswordRule.Apply(options.Password);
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Only an address that has answered our email can sign in (and gets the Lead role).
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<DirectoryDbContext>()
            .AddSignInManager<DirectorySignInManager>()
            .AddUserManager<DirectoryUserManager>()
            .AddClaimsPrincipalFactory<DirectoryClaimsFactory>()
            .AddDefaultTokenProviders()
            // After the defaults, so it replaces theirs: an authenticator code works once.
            .AddTokenProvider<OneUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<PasswordErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();
        // Links in confirmation, reset and change-of-email messages work for one day.
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(1));
        builder.AddAccountLimits();
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        // Check the security stamp on every request: after sign-out or a password change, a copied cookie stops working at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        var development = builder.Environment.IsDevelopment();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            // Outside development: sent only over HTTPS, and (the __Host- prefix) only ever set by
            // this host for the whole site, so a sibling subdomain cannot plant or widen it.
            options.Cookie.Name = development ? "psd-auth" : "__Host-psd-auth";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            SessionLifetime.Apply(options);
            options.Events.OnRedirectToLogin = RedirectWithinSite;
            options.Events.OnRedirectToAccessDenied = RedirectWithinSite;
        });
        // The sign-in pages' paths come from their routes (read when the first request authenticates).
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<LinkGenerator>((options, routes) =>
        {
            options.LoginPath = routes.GetPathByPage("/Account/Login");
            options.LogoutPath = routes.GetPathByPage("/Account/Logout");
            options.AccessDeniedPath = routes.GetPathByPage("/Account/AccessDenied");
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Moderator, p => p.RequireRole(Roles.Moderator, Roles.Admin))
            .AddPolicy(Policies.Lead, p => p.RequireRole(Roles.Lead, Roles.Moderator, Roles.Admin));

        builder.AddSharedKeyRing();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IChangeActor, HttpChangeActor>();
        builder.Services.AddScoped<SecurityLog>();
        builder.Services.AddScoped<SecurityEventPurgeJob>();
    }

    /// <summary>
    /// The cookie handler builds its sign-in and access-denied redirects from the request's own
    /// scheme and Host header, which the request chooses: send them as site-relative paths instead.
    /// </summary>
    private static Task RedirectWithinSite(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Names the signed-in user (by id, never by email) in the change history.</summary>
public sealed class HttpChangeActor(IHttpContextAccessor http) : IChangeActor
{
    public string Name =>
        http.HttpContext?.User is { } user ? ChangeActor.Of(user) : ChangeActor.System;
}
