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
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Lets this one response load images from <paramref name="origin"/> as well (the map's tile
    /// server, only on a page where the person asked for the map). Every other response keeps the
    /// strict policy.
    /// </summary>
    public static void AllowImagesFrom(this HttpContext context, string origin)
    {
        if (context.Features.Get<ExtraImageSources>() is { } extra && origin.Length > 0 && !extra.Origins.Contains(origin))
        {
            extra.Origins.Add(origin);
        }
    }

    internal static string PolicyAllowingImagesFrom(IEnumerable<string> origins) =>
        ContentSecurityPolicy.Replace("img-src 'self' data:;", $"img-src 'self' data: {string.Join(' ', origins)};", StringComparison.Ordinal);

    private sealed class ExtraImageSources
    {
        public List<string> Origins { get; } = [];
    }

    public static void AddSafety(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SafetyOptions>().BindConfiguration(SafetyOptions.Section).ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.QuickExitUrl, UriKind.Absolute, out _), "Safety:QuickExitUrl must be an absolute URL.")
            .ValidateOnStart();
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        // Secure whenever the request is (antiforgery refuses plain-HTTP requests outright when told
        // "always", which would break the site behind a TLS-terminating proxy that is not configured
        // as trusted); the sign-in cookie, which matters, is always Secure outside development.
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "psd-af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<RouteOptions>(options => options.SetParameterPolicy<UrlTokenConstraint>("token"));
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options =>
        {
            options.Filters.Add<UnknownHandlerFilter>();
            options.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
            options.ModelMetadataDetailsProviders.Add(new NonNullableStrings());
        });
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
            // Plain HTTP is sent to HTTPS when the site knows its HTTPS port (ASPNETCORE_HTTPS_PORTS,
            // or a proxy's X-Forwarded-Proto through the forwarded headers); otherwise it passes.
            app.UseHttpsRedirection();
        }
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Jobs.JobsSetup.DashboardPath)
                ? DashboardPolicy
                : ContentSecurityPolicy;
            var extraImages = new ExtraImageSources();
            context.Features.Set(extraImages);
            context.Response.OnStarting(() =>
            {
                if (extraImages.Origins.Count > 0 && headers.ContentSecurityPolicy == ContentSecurityPolicy)
                {
                    headers.ContentSecurityPolicy = PolicyAllowingImagesFrom(extraImages.Origins);
                }
                return Task.CompletedTask;
            });
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
    }
}
