namespace PeerSupport.Directory.Listings;

// Closed sets the code branches on. Everything people may extend (who it is for,
// activities) is taxonomy data instead.

public enum ListingStatus { Draft, Pending, Published, Paused, Lapsed, Archived }

public enum HostType { UserLed, VoluntarySector, Nhs, Informal }

public enum RunBy { PeerLed, PeersWithStaff, Professional }

public enum JoinBy { DropIn, ContactFirst, Referral }

public enum Cost { Free, Donation, Paid }

public enum AreaKind { National, Region, Radius }

public enum ContactKind { Email, Phone, Text, Website, Booking }

/// <summary>How people meet. A hybrid group is <c>InPerson | Online</c>.</summary>
[Flags]
public enum Formats
{
    None = 0,
    Group = 1,
    OneToOne = 2,
    InPerson = 4,
    Online = 8,
    Phone = 16,
}

[Flags]
public enum Accessibility
{
    None = 0,
    StepFree = 1,
    AccessibleToilet = 2,
    HearingLoop = 4,
    Bsl = 8,
    QuietSpace = 16,
    ChildrenWelcome = 32,
    LargePrint = 64,
}
