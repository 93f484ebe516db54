using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>A page about one listing (its route value <c>id</c>) that only that listing's leads, moderators and admins may open.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ForListingLeadsAttribute : Attribute;

/// <summary>Enforces <see cref="LeadAccess"/> on every page marked <see cref="ForListingLeadsAttribute"/>, before its handler runs.</summary>
public sealed class ListingLeadFilter(DirectoryDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.ActionDescriptor.ModelTypeInfo?.IsDefined(typeof(ForListingLeadsAttribute), inherit: true) == true &&
            !await MayOpenAsync(context))
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }

    private async Task<bool> MayOpenAsync(PageHandlerExecutingContext context) =>
        int.TryParse(context.RouteData.Values["id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) &&
        context.HttpContext.User.Identity?.IsAuthenticated == true &&
        await db.Listings.EditableBy(context.HttpContext.User).AnyAsync(l => l.Id == id, context.HttpContext.RequestAborted);
}
