namespace PeerSupport.Directory.Backups;

/// <summary>
/// The first line of a backup: what it is, the schema it was taken at (the last migration
/// applied; restore migrates its target to the same one), when and from which provider.
/// </summary>
public sealed record BackupHeader(string Format, int Version, string Migration, DateTime TakenAt, string Provider)
{
    public const string ThisFormat = "peersupport-directory-backup";
    public const int ThisVersion = 1;

    /// <summary>A migration's name without its timestamp, which differs between the providers' migration assemblies.</summary>
    public static string MigrationName(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
