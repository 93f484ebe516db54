using PeerSupport.Directory.Data;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.CommandLine;
using PeerSupport.Directory.Web.Freshness;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Jobs;
using PeerSupport.Directory.Web.Mail;
using PeerSupport.Directory.Web.Map;
using PeerSupport.Directory.Web.OpenData;
using PeerSupport.Directory.Web.Pages;
using PeerSupport.Directory.Web.Pages.Lead;
using PeerSupport.Directory.Web.Places;
using PeerSupport.Directory.Web.Safety;
using PeerSupport.Directory.Web.Sharing;

// `dotnet run` serves the site; `dotnet run -- <verb> ...` runs a command (see docs/operations.md).
var command = Commands.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);

builder.AddPrivateLogging();
builder.AddProductionChecks();
builder.Services.AddDirectoryData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSearch();
builder.Services.AddIndexFollowing();
builder.AddPlacesAndSeed();
builder.AddPostcodes();
builder.AddAccounts();
builder.AddInviteLimits();
builder.Services.AddMail(builder.Configuration);
builder.AddFreshness();
builder.AddForwardedHeaders();
builder.AddSafety();
builder.AddRateLimits();
builder.AddMap();
builder.AddOpenData();
builder.AddCompression();
builder.AddHealth();
builder.Services.AddListingCounts();
builder.Services.AddSharing();
builder.AddPages();
if (command is null)
{
    builder.AddJobs();
    builder.Services.AddMailSender();
}
else
{
    command.Configure(builder.Services);
}

var app = builder.Build();
if (command is not null)
{
    return await command.RunAsync(app);
}

await DirectoryStartup.PrepareAsync(app.Services);

app.UseForwardedHeadersWhenConfigured();
app.UseSafety();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseOpenDataAnswers();
app.UseRequestShape();
app.UseDatabaseOutagePage();
app.UseCompressionAndCaching();
app.UseRouting();
app.UseAuthentication();
app.UseBodyLimits();
app.UseNoStoreForPersonalPages();
app.UseAuthorization();
app.UseRateLimiter();
app.UseReadableForms();
app.UseJobs();
app.MapRazorPages();
app.MapPlaceSuggestions();
app.MapOpenData();
app.MapHealth();

await app.RunAsync();
return 0;
