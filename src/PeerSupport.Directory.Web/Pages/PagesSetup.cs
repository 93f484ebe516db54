using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Pages.Lead;

namespace PeerSupport.Directory.Web.Pages;

public static class PagesSetup
{
    /// <summary>
    /// The pages, and who may open each folder: leads, moderators and admins by policy, and a
    /// listing's own pages only by its leads (<see cref="ListingLeadFilter"/>). The safety
    /// options of every page are added with the rest of the safety setup (<c>AddSafety</c>).
    /// </summary>
    public static void AddPages(this WebApplicationBuilder builder) =>
        builder.Services.AddRazorPages(options => options.Conventions
            .AuthorizeFolder("/Lead", Policies.Lead)
            .AuthorizeFolder("/Moderate", Policies.Moderator)
            .AuthorizeFolder("/Admin", Policies.Admin))
            .AddMvcOptions(options => options.Filters.Add<ListingLeadFilter>());
}
