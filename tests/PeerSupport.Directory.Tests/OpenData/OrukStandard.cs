namespace PeerSupport.Directory.Tests.OpenData;

/// <summary>
/// The Open Referral UK standard's own files, kept unchanged outside the repository in
/// <c>../shared/oruk-schemas/</c> beside the clone (see its README for their origin and licence).
/// </summary>
public static class OrukStandard
{
    public static string Folder { get; } = Find();

    /// <summary>The UK profile's example files (service_full.json, service_list.json, ...).</summary>
    public static string Examples => Path.Combine(Folder, "uk-profile-v3", "examples");

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PeerSupport.Directory.sln")))
        {
            folder = folder.Parent;
        }
        var shared = folder?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "oruk-schemas") : null;
        return shared is not null && System.IO.Directory.Exists(shared)
            ? shared
            : throw new DirectoryNotFoundException("The Open Referral UK schema files are not at ../shared/oruk-schemas beside the repository; the open-data tests read the standard's files from there.");
    }
}
