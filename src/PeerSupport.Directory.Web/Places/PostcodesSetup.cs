using Microsoft.Extensions.Options;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Web.Places;

/// <summary>Postcodes: the "Postcodes" options (validated on start) and the provider they choose.</summary>
public static class PostcodesSetup
{
    public static void AddPostcodes(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PostcodeOptions>().BindConfiguration(PostcodeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<PostcodeDirectoryImporter>();
        builder.Services.AddScoped<OnspdPostcodeLookup>();
        builder.Services.AddHttpClient<PostcodesIoLookup>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<PostcodeOptions>>().Value;
                http.BaseAddress = options.BaseAddress;
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            })
            // Privacy: the client's request log would write each URL, and so each postcode.
            .RemoveAllLoggers();
        builder.Services.AddScoped<IPostcodeLookup>(services =>
            services.GetRequiredService<IOptions<PostcodeOptions>>().Value.Provider switch
            {
                PostcodeProvider.Onspd => services.GetRequiredService<OnspdPostcodeLookup>(),
                PostcodeProvider.PostcodesIo => services.GetRequiredService<PostcodesIoLookup>(),
                _ => NoPostcodeLookup.Instance,
            });
        builder.Services.AddScoped<LocationResolver>();
    }
}
