using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// Smaller pages for a cheap phone on a slow connection: Brotli or gzip for public pages and
/// static files, and a year's caching for static files whose URL carries their version
/// (<c>asp-append-version</c>). Compression is refused for anything that could carry a secret
/// beside text an attacker chooses (BREACH): signed-in pages, and any page that rendered an
/// antiforgery token (a referrer's "Add to list" buttons, the message and report forms). A results page
/// reflects the words searched, so this matters.
/// </summary>
public static class CompressionSetup
{
    /// <summary>Set in <see cref="HttpContext.Items"/> when a page renders an antiforgery token.</summary>
    internal const string SecretOnPage = "psd:secret-on-page";

    public static void AddCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.AddSingleton<IResponseCompressionProvider, PublicOnlyCompression>();
        // Marks the page when a token is made; the real antiforgery service does the work.
        builder.Services.AddAntiforgery();
        var real = builder.Services.Last(d => d.ServiceType == typeof(IAntiforgery));
        builder.Services.Replace(ServiceDescriptor.Singleton<IAntiforgery>(sp => new MarkingAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!))));
    }

    public static void UseCompressionAndCaching(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // "?v=<hash>" changes whenever the file does, so a browser may keep it for a year.
                context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
    }

    private sealed class PublicOnlyCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.User.Identity?.IsAuthenticated != true
            && !context.Items.ContainsKey(SecretOnPage)
            && !context.Response.Headers.ContainsKey(HeaderNames.SetCookie)
            && base.ShouldCompressResponse(context);
    }

    private sealed class MarkingAntiforgery(IAntiforgery inner) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
        {
            httpContext.Items[SecretOnPage] = true;
            return inner.GetAndStoreTokens(httpContext);
        }

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
        {
            httpContext.Items[SecretOnPage] = true;
            return inner.GetTokens(httpContext);
        }

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

        public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
    }
}
