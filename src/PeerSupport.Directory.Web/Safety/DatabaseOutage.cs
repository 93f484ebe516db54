using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// A database that is briefly out of reach (a locked SQLite file, SQL Server refusing
/// connections or failing over) answers 503 with Retry-After and a page that says to try again
/// in a moment: nothing the person sent was saved, so nothing is half done. The page is written
/// here, not by the status page, because showing any page to a signed-in person checks their
/// session in the database. Every other failure stays a 500. The log says only the error's type.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 10;

    /// <summary>SQLite: busy, locked, I/O error, cannot open.</summary>
    private static readonly HashSet<int> SqliteUnavailable = [5, 6, 10, 14];

    /// <summary>SQL Server: timeout, network and connection failures, a database starting or failing over, deadlock victim.</summary>
    private static readonly HashSet<int> SqlServerUnavailable = [-2, -1, 2, 53, 121, 233, 1205, 4060, 10053, 10054, 10060, 10061, 40197, 40501, 40613, 49918, 49919, 49920];

    public static void UseDatabaseOutagePage(this WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsUnavailable(e) && !context.Response.HasStarted)
        {
            app.Logger.LogWarning("The database did not answer ({Error}); the request was answered 503.", e.GetType().Name);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = $"{RetryAfterSeconds}";
            context.Response.Headers.CacheControl = "no-store";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                // A program asked: the same answer as JSON (the open-data answers add CORS to it).
                await Results.Json(new { status = 503, detail = "The directory is busy for a moment. Please try again in a few seconds." }, contentType: "application/problem+json", statusCode: 503).ExecuteAsync(context);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page);
        }
    });

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Please try again in a moment - PeerSupport.Directory</title>
            <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <main id="main">
            <h1>Please try again in a moment</h1>
            <p>The directory is busy for a moment, so this page could not be shown and nothing you sent was saved. Please try again in a few seconds.</p>
            <p><a href="/">Go to the home page</a></p>
        </main>
        </body>
        </html>
        """;

    public static bool IsUnavailable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && SqliteUnavailable.Contains(sqlite.SqliteErrorCode)
                || e is SqlException sql && SqlServerUnavailable.Contains(sql.Number)
                || e is TimeoutException)
            {
                return true;
            }
            if (e is DbException && e.InnerException is null)
            {
                return false;
            }
        }
        return false;
    }
}
