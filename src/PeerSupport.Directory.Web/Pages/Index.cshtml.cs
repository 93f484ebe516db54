using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Pages.Find;

namespace PeerSupport.Directory.Web.Pages;

public class IndexModel(DirectoryDbContext db, SearchChoicesCache choices) : PageModel
{
    public SearchChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Choices = await choices.GetAsync(db, cancellationToken);
}
