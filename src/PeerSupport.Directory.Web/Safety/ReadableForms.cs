using Microsoft.AspNetCore.Diagnostics;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// A form the site will not read is refused with 400 and the kind status page before any page or
/// the jobs dashboard sees it: one the form reader cannot read (a NUL or a broken encoding in a
/// URL-encoded body, more fields than it allows), or one holding a NUL character in a field's name,
/// value or file name (a multipart body carried a NUL past the reader into stored reports, and the
/// dashboard, which does not catch the reader's refusal, answered 500). Pages and the dashboard then
/// read the same parsed form. Runs after <see cref="BodyLimits"/>, so the form is read within its limit.
/// </summary>
public static class ReadableForms
{
    public static IApplicationBuilder UseReadableForms(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The status page shown for a refusal is re-executed with the same form: it never reads it.
        if (context.Request.HasFormContentType && context.Features.Get<IStatusCodeReExecuteFeature>() is null && !await IsReadableAsync(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    });

    private static async Task<bool> IsReadableAsync(HttpRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return false;
        }
        return !form.Any(field => HasNul(field.Key) || field.Value.Any(HasNul))
            && !form.Files.Any(file => HasNul(file.Name) || HasNul(file.FileName));
    }

    private static bool HasNul(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;
}
