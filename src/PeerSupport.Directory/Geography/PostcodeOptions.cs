using System.ComponentModel.DataAnnotations;

namespace PeerSupport.Directory.Geography;

public enum PostcodeProvider
{
    /// <summary>Postcodes are not looked up; people are asked for a town instead.</summary>
    None,

    /// <summary>The ONS Postcode Directory, imported into the database with import-postcodes.</summary>
    Onspd,

    /// <summary>
    /// A postcodes.io-compatible service. It receives every postcode a person types (docs/privacy-and-safety.md).
    /// </summary>
    PostcodesIo,
}

/// <summary>The "Postcodes" section: how postcodes become points. See appsettings.template.json.</summary>
public sealed class PostcodeOptions : IValidatableObject
{
    public const string Section = "Postcodes";

    public PostcodeProvider Provider { get; set; } = PostcodeProvider.None;

    /// <summary>For <see cref="PostcodeProvider.PostcodesIo"/>: answers GET {base}/postcodes/{postcode} and {base}/outcodes/{outcode}.</summary>
    public string PostcodesIoBaseUrl { get; set; } = "https://api.postcodes.io";

    /// <summary>How long a search waits for the service before asking for a town instead.</summary>
    [Range(0.1, 30)]
    public double TimeoutSeconds { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult($"Postcodes:Provider must be None, Onspd or PostcodesIo, not '{Provider}'.", [nameof(Provider)]);
        }
        if (Provider != PostcodeProvider.PostcodesIo)
        {
            yield break;
        }
        // A postcode can place a person at their door: only send it over TLS (plain http to this machine is for tests).
        if (!Uri.TryCreate(PostcodesIoBaseUrl, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            yield return new ValidationResult(
                $"Postcodes:PostcodesIoBaseUrl must be an absolute https URL (plain http only for this machine), not '{PostcodesIoBaseUrl}'.",
                [nameof(PostcodesIoBaseUrl)]);
        }
    }

    /// <summary>The base URL with a trailing slash, so relative paths keep any path it has.</summary>
    public Uri BaseAddress => new(PostcodesIoBaseUrl.TrimEnd('/') + "/");
}
