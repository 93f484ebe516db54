using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Web.Accounts;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>A site upgraded from keys kept in its data folder: nothing signed before the upgrade stops working.</summary>
public sealed class KeyUpgradeTests(KeyUpgradeTests.UpgradedApp app) : IClassFixture<KeyUpgradeTests.UpgradedApp>
{
    private const string Purpose = "signed before the upgrade";

    /// <summary>The data folder as the previous version left it: a key ring in keys/ and the one-click HMAC key.</summary>
    public sealed class UpgradedApp : DirectoryAppFactory
    {
        public byte[] Protected { get; private set; } = [];
        public byte[] OneClickKey { get; } = RandomNumberGenerator.GetBytes(32);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var keys = Path.Combine(DataFolder, "keys");
            System.IO.Directory.CreateDirectory(keys);
            var before = DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName(KeyRingSetup.ApplicationName));
            Protected = before.CreateProtector(Purpose).Protect(Encoding.UTF8.GetBytes("still signed in"));
            File.WriteAllBytes(Path.Combine(keys, "one-click.key"), OneClickKey);
            base.ConfigureWebHost(builder);
        }
    }

    [Fact]
    public void Keys_kept_in_the_data_folder_move_into_the_database_on_the_first_start()
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

        Assert.Equal("still signed in", Encoding.UTF8.GetString(protector.Unprotect(app.Protected)));

    }

    [Fact]
    public async Task A_one_click_link_signed_with_the_old_key_file_still_works_until_it_expires()
    {
        var listing = await app.AddListingAsync(Group(Unique("Old Link Group")));
        var expires = DateTime.UtcNow.AddDays(10);
        var payload = Encoding.UTF8.GetBytes(string.Join('|', listing.Id.ToString(CultureInfo.InvariantCulture), OneClickAction.Pause,
            expires.Ticks.ToString(CultureInfo.InvariantCulture), "0123456789abcdef0123456789abcdef", "lead-1"));
        var old = $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(app.OneClickKey, payload))}";
        var links = app.Services.GetRequiredService<OneClickLinks>();

        Assert.Equal(OneClickCheck.Valid, links.Read(old, listing.Id).Check);
        Assert.Equal(OneClickCheck.Tampered, links.Read(old[..^2] + (old[^2] == 'A' ? "B" : "A") + old[^1], listing.Id).Check);
    }
}
