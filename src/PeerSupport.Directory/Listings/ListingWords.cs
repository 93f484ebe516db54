namespace PeerSupport.Directory.Listings;

/// <summary>The words the public sees for the listing's closed sets, in one place.</summary>
public static class ListingWords
{
    public static string Format(Formats f) => f switch
    {
        Formats.Group => "Group",
        Formats.OneToOne => "One-to-one",
        Formats.InPerson => "In person",
        Formats.Online => "Online",
        Formats.Phone => "By phone",
        _ => f.ToString(),
    };

    public static IEnumerable<string> FormatList(Formats formats) =>
        Enum.GetValues<Formats>().Where(f => f != Listings.Formats.None && formats.HasFlag(f)).Select(Format);

    public static string Join(JoinBy j) => j switch
    {
        JoinBy.DropIn => "Just turn up",
        JoinBy.ContactFirst => "Get in touch before your first visit",
        JoinBy.Referral => "Referral needed",
        _ => j.ToString(),
    };

    public static string Run(RunBy r) => r switch
    {
        RunBy.PeerLed => "Peer-led",
        RunBy.PeersWithStaff => "Run by peers with staff present",
        RunBy.Professional => "Professionally facilitated",
        _ => r.ToString(),
    };

    public static string Host(HostType h) => h switch
    {
        HostType.UserLed => "User-led organisation",
        HostType.VoluntarySector => "Voluntary sector organisation",
        HostType.Nhs => "NHS",
        HostType.Informal => "Informal group",
        _ => h.ToString(),
    };

    public static string Costs(Cost c) => c switch
    {
        Cost.Free => "Free",
        Cost.Donation => "Pay what you can",
        Cost.Paid => "There is a charge",
        _ => c.ToString(),
    };

    public static string Access(Accessibility a) => a switch
    {
        Accessibility.StepFree => "Step-free access",
        Accessibility.AccessibleToilet => "Accessible toilet",
        Accessibility.HearingLoop => "Hearing loop",
        Accessibility.Bsl => "British Sign Language",
        Accessibility.QuietSpace => "Quiet space",
        Accessibility.ChildrenWelcome => "Children welcome",
        Accessibility.LargePrint => "Large print materials",
        _ => a.ToString(),
    };

    /// <summary>A listing's status as the public reads it.</summary>
    public static string Status(ListingStatus s) => s switch
    {
        ListingStatus.Published => "running",
        ListingStatus.Paused => "taking a break",
        ListingStatus.Lapsed => "may have stopped: not confirmed for a long time",
        ListingStatus.Archived => "closed",
        ListingStatus.Pending => "awaiting review",
        _ => "not published",
    };

    public static IEnumerable<string> AccessList(Accessibility all) =>
        Enum.GetValues<Accessibility>().Where(a => a != Accessibility.None && all.HasFlag(a)).Select(Access);
}
