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
/// so other nodes could not read the keys). docs/operations.md says how to choose.
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
        if (builder.Configuration[$"{Section}:CertificatePath"] is { Length: > 0 } path)
        {
            var full = Path.GetFullPath(path, builder.Environment.ContentRootPath);
            if (!File.Exists(full))
            {
                throw new InvalidOperationException($"{Section}:CertificatePath names {full}, which does not exist.");
            }
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(full, builder.Configuration[$"{Section}:CertificatePassword"]));
        }
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
