namespace PeerSupport.Directory.Geography;

/// <summary>The kinds of <see cref="PlaceAlias"/>, with the words a moderator sees.</summary>
public static class PlaceAliasKinds
{
    public const string LocalAuthority = "local-authority";
    public const string Welsh = "welsh";
    public const string ShortForm = "short";
    public const string Neighbourhood = "neighbourhood";
    public const string County = "county";

    /// <summary>A place from an imported place-name file (PlaceNameImporter), not a moderator's alias.</summary>
    public const string Imported = "imported";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [LocalAuthority] = "Council or borough",
        [Welsh] = "Welsh name",
        [ShortForm] = "Everyday or short name",
        [Neighbourhood] = "Neighbourhood of a town or city",
        [County] = "County or its short form",
        [Imported] = "Imported place name",
    };
}
