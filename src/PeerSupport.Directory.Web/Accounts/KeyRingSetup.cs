using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery tokens, reset and one-click links)
/// lives in the database, so every node reads and writes the same keys. With
/// <c>DataProtection:CertificatePath</c> (a .pfx, and <c>DataProtection:CertificatePassword</c>)
/// new keys are encrypted with that certificate; without one they are stored readable, and
/// anyone who can read the database can read them (Windows DPAPI is not used: it is per machine,
/// so other nodes could not read the keys). <c>DataProtection:PreviousCertificatePath</c> (and
/// <c>PreviousCertificatePassword</c>) keeps keys encrypted with a replaced certificate readable.
/// docs/operations.md says how to choose.
/// </summary>
public static class KeyRingSetup
{
    public const string Section = "DataProtection";
    public const string ApplicationName = "PeerSupport.Directory";

    public static void AddSharedKeyRing(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DirectoryDbContext>();
        if (Certificate(builder, "Certificate") is { } current)
        {
            protection.ProtectKeysWithCertificate(current);
        }
        // After the certificate is replaced, keys the old one encrypted stay readable until they
        // expire (90 days) if it is named here; new keys are encrypted with the current one.
        if (Certificate(builder, "PreviousCertificate") is { } previous)
        {
            protection.UnprotectKeysWithAnyCertificate(previous);
        }
    }

    /// <summary>The certificate named by <c>DataProtection:{name}Path</c> and <c>{name}Password</c>, if any.</summary>
    private static X509Certificate2? Certificate(WebApplicationBuilder builder, string name)
    {
        if (builder.Configuration[$"{Section}:{name}Path"] is not { Length: > 0 } path)
        {
            return null;
        }
        var full = Path.GetFullPath(path, builder.Environment.ContentRootPath);
        return File.Exists(full)
            ? X509CertificateLoader.LoadPkcs12FromFile(full, builder.Configuration[$"{Section}:{name}Password"])
            : throw new InvalidOperationException($"{Section}:{name}Path names {full}, which does not exist.");
    }

    /// <summary>The folder the keys were kept in before they moved to the database.</summary>
    public static string LegacyFolder(DataFolder data) => data.Combine("keys");

    /// <summary>
    /// On the first start with the database key ring (its table still empty), copies the keys kept
    /// in the data folder's keys/ into it, so people signed in before the upgrade stay signed in
    /// and links already sent keep working. Runs before anything reads the key ring. Returns how
    /// many keys were copied.
    /// </summary>
    public static async Task<int> ImportFolderKeysAsync(DirectoryDbContext db, DataFolder data, CancellationToken cancellationToken = default)
    {
        var folder = LegacyFolder(data);
        if (!System.IO.Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var files = System.IO.Directory.GetFiles(folder, "key-*.xml");
        foreach (var file in files)
        {
            // As the file store names them (key-<id>.xml) and the database store writes them (one line).
            var xml = XElement.Load(file);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = xml.ToString(SaveOptions.DisableFormatting) });
        }
        await db.SaveChangesAsync(cancellationToken);
        return files.Length;
    }
}
