namespace PeerSupport.Directory.Data;

/// <summary>
/// Folders that hold what only the site may read (the database, its keys, the search index, the
/// mail pickup folder with its emails): created, or tightened when they already exist, so that on
/// Linux and macOS only the site's own user can open them (mode 0700). Windows folders keep the
/// permissions they inherit.
/// </summary>
public static class PrivateFolder
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(path);
            return path;
        }
        System.IO.Directory.CreateDirectory(path, OwnerOnly);
        try
        {
            if (File.GetUnixFileMode(path) != OwnerOnly)
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // A folder the site does not own (a mount point made by the operator): theirs to set.
        }
        return path;
    }
}
