using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Tests.Data;

/// <summary>The data folder and the mail pickup folder hold keys, the database and emails: nobody but the site's user may open them.</summary>
public sealed class PrivateFolderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "psd-private-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_data_folder_is_made_readable_by_the_sites_user_only_even_when_it_existed_open_to_all()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var folder = Path.Combine(root, "data");
        System.IO.Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataFolder"] = folder }).Build();

        new ServiceCollection().AddDirectoryData(configuration, root);

        Assert.Equal(PrivateFolder.OwnerOnly, File.GetUnixFileMode(folder));
    }

    [Fact]
    public async Task The_mail_pickup_folder_outside_the_data_folder_is_made_readable_by_the_sites_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var pickup = Path.Combine(root, "elsewhere", "mail");
        var transport = new PickupFolderTransport(Microsoft.Extensions.Options.Options.Create(new MailOptions { PickupFolder = pickup }), new DataFolder(Path.Combine(root, "data")));

        await transport.SendAsync(new MimeKit.MimeMessage(new[] { new MimeKit.MailboxAddress("", "from@example.com") }, new[] { new MimeKit.MailboxAddress("", "to@example.com") }, "Hello", new MimeKit.TextPart("plain") { Text = "Hi" }), CancellationToken.None);

        Assert.Equal(PrivateFolder.OwnerOnly, File.GetUnixFileMode(pickup));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
