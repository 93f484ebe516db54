using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// The key ring encrypted with a certificate from configuration, and a certificate replaced:
/// the old one named as the previous certificate keeps what it protected readable.
/// </summary>
public sealed class KeyCertificateTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "psd-certs", Guid.NewGuid().ToString("N"));
    private readonly List<DirectoryAppFactory> apps = [];

    public KeyCertificateTests() => System.IO.Directory.CreateDirectory(folder);

    [Fact]
    public async Task Keys_made_with_a_certificate_are_stored_encrypted_and_read_by_another_node_with_the_same_certificate()
    {
        var certificate = Certificate("current");
        var first = Node(null, ("CertificatePath", certificate));
        var secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("kept");

        var second = Node(first, ("CertificatePath", certificate));

        Assert.Equal("kept", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
        var stored = await KeysXmlAsync(first);
        Assert.All(stored, xml => Assert.Contains("EncryptedKey", xml, StringComparison.Ordinal));
        Assert.All(stored, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
    }

    [Fact]
    public void After_the_certificate_is_replaced_the_previous_one_keeps_what_the_old_keys_protected_readable()
    {
        var (old, replacement) = (Certificate("old"), Certificate("new"));
        var before = Node(null, ("CertificatePath", old));
        var secret = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("kept");

        var withPrevious = Node(before, ("CertificatePath", replacement), ("PreviousCertificatePath", old));
        var withoutPrevious = Node(before, ("CertificatePath", replacement));

        Assert.Equal("kept", withPrevious.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
        Assert.ThrowsAny<CryptographicException>(() => withoutPrevious.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
    }

    /// <summary>A self-signed certificate in a password-protected .pfx, as an operator would make one.</summary>
    private string Certificate(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=psd-{name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test-password"));
        return path;
    }

    private CertifiedNode Node(DirectoryAppFactory? databaseOf, params (string Key, string Path)[] certificates)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (key, path) in certificates)
        {
            settings[$"DataProtection:{key}"] = path;
            settings[$"DataProtection:{key.Replace("Path", "Password", StringComparison.Ordinal)}"] = "test-password";
        }
        if (databaseOf is not null)
        {
            settings["Database:ConnectionString"] = $"Data Source={Path.Combine(databaseOf.DataFolder, "directory.db")}";
        }
        var node = new CertifiedNode(settings);
        _ = node.Services;
        apps.Add(node);
        return node;
    }

    private static async Task<List<string>> KeysXmlAsync(DirectoryAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    public void Dispose()
    {
        foreach (var app in Enumerable.Reverse(apps))
        {
            app.Dispose();
        }
        System.IO.Directory.Delete(folder, recursive: true);
    }

    private sealed class CertifiedNode(Dictionary<string, string?> settings) : DirectoryAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;
    }
}
