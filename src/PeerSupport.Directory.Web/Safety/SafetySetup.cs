namespace PeerSupport.Directory.Web.Safety;

/// <summary>Security headers, HSTS and the crisis/quick-exit options, from day one.</summary>
public static class SafetySetup
{
    /// <summary>
    /// No inline script or style anywhere, no third-party origin: the page makes no request
    /// beyond this site until a person follows a link. The Hangfire dashboard (admin-only) ships
    /// inline script, so its path alone may run it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void AddSafety(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SafetyOptions>().BindConfiguration(SafetyOptions.Section)
            .Validate(o => Uri.TryCreate(o.QuickExitUrl, UriKind.Absolute, out _), "Safety:QuickExitUrl must be an absolute URL.")
            .ValidateOnStart();
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.Services.AddAntiforgery(options => options.Cookie.Name = "psd-af");
    }

    public static void UseSafety(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Jobs.JobsSetup.DashboardPath)
                ? DashboardPolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
    }
}
