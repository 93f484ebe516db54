using PeerSupport.Directory.OpenData;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>GET /api/oruk/: which standard this API speaks, its profile and its OpenAPI file.</summary>
public static class ApiRoot
{
    public const string Profile = "https://openreferraluk.org/";

    public sealed record Info(string Version, string Profile, string OpenapiUrl);

    public static IResult Answer(HttpContext context, SiteLinks links) =>
        OpenDataAnswers.Json(context, new Info(OrukTerms.Version, Profile, links.Absolute(OpenDataSetup.BasePath + "/openapi.json")), null, personal: false);
}
