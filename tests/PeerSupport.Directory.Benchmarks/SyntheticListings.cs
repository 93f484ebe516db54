using System.Globalization;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Fictional listings in the import format, the same for the same seed. Venues sit in real
/// England and Wales towns (jittered up to 3 km), weighted towards London and the big cities.
/// The mix of shapes is in <see cref="Shapes"/> and docs/performance.md.
/// </summary>
internal sealed class SyntheticListings(SeedData seed, int randomSeed)
{
    /// <summary>Share of each shape, in per cent.</summary>
    public static readonly IReadOnlyList<(string Shape, int Percent)> Shapes =
    [
        ("venue (in person; a fifth of them hybrid)", 70),
        ("online or phone only, no area", 8),
        ("national", 4),
        ("radius area (outreach, phone, online)", 11),
        ("region polygon", 7),
    ];

    private static readonly string[] Regions =
    [
        "Greater Manchester|POLYGON((-2.73 53.52, -2.55 53.68, -2.25 53.69, -2 53.63, -1.91 53.5, -2.05 53.36, -2.35 53.33, -2.6 53.4, -2.73 53.52))",
        "West Yorkshire|POLYGON((-2.17 53.75, -1.95 53.93, -1.6 53.96, -1.3 53.85, -1.2 53.65, -1.45 53.52, -1.85 53.55, -2.05 53.62, -2.17 53.75))",
        "Cardiff and the Vale|POLYGON((-3.63 51.45, -3.45 51.53, -3.25 51.56, -3.08 51.53, -3.1 51.44, -3.25 51.38, -3.45 51.38, -3.63 51.45))",
        "Powys|POLYGON((-3.9 51.8, -3.4 51.75, -3.05 51.95, -3 52.3, -3 52.6, -3.15 52.9, -3.6 52.85, -3.85 52.5, -3.93 52.1, -3.9 51.8))",
        "Gwynedd|POLYGON((-4.8 52.8, -4.45 52.9, -4.3 53.1, -4 53.25, -3.75 53.15, -3.48 52.95, -3.7 52.6, -4.05 52.55, -4.8 52.8))",
        "Greater London|POLYGON((-0.51 51.47, -0.4 51.62, -0.1 51.69, 0.15 51.65, 0.33 51.55, 0.2 51.38, 0 51.29, -0.25 51.3, -0.45 51.38, -0.51 51.47))",
        "West Midlands|POLYGON((-2.21 52.52, -2.05 52.66, -1.75 52.63, -1.5 52.5, -1.42 52.38, -1.65 52.35, -1.9 52.38, -2.1 52.42, -2.21 52.52))",
    ];

    private static readonly string[] NameWords =
    [
        "Willow", "Beacon", "Lantern", "Open Door", "Kingfisher", "Harbour", "Compass", "Bridges", "Hearth", "Common Ground",
        "Safe Harbour", "Anchor", "Riverside", "Orchard", "Sunflower", "Oak Tree", "Bramble", "Kite", "Skylark", "Heron",
    ];
    private static readonly string[] GroupWords = ["Group", "Circle", "Café", "Peer Support", "Collective", "Network", "Drop-in", "Club", "Meet-up", "Space"];
    private static readonly string[] Sentences =
    [
        "Everyone here has lived experience of mental distress, so nobody needs to explain themselves.",
        "It is okay not to speak: lots of people just listen the first time.",
        "We share what has helped us and what has not, without judging or giving advice nobody asked for.",
        "You do not need a diagnosis or a referral to come along.",
        "Sessions are led by trained peer supporters who have been through hard times themselves.",
        "We meet in a quiet room with tea, coffee and biscuits, and you can leave whenever you need to.",
        "Some weeks we talk, some weeks we go for a walk or cook together; the group decides.",
        "What is said in the group stays in the group, apart from the rare times someone is at risk.",
        "New members are welcome at any session; someone will meet you at the door.",
        "We also keep in touch between meetings in a small, moderated chat for members.",
        "The group was started by people who could not find anything like it nearby.",
        "Bring a friend, a carer or a support worker to your first visit if that helps.",
        "We talk about anxiety, low mood, loneliness, trauma and anything else that makes life hard.",
        "Our volunteers have experience of psychosis, hearing voices, self-harm and recovery.",
        "Many of us are parents, carers or both, and we understand how little time there is.",
    ];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly (string Start, string End)[] Slots = [("10:00", "11:30"), ("13:00", "14:30"), ("18:00", "19:30"), ("18:30", "20:00"), ("19:00", "20:30")];
    private static readonly DateOnly FirstMonday = new(2026, 11, 30);
    private static readonly DateTimeOffset ReferenceDay = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public IEnumerable<ListingRecord> Generate(int count)
    {
        var random = new Random(randomSeed);
        var inCommon = seed.InCommon.ToArray();
        var activities = seed.Activities.ToArray();
        for (var i = 1; i <= count; i++)
        {
            yield return Listing(random, i, inCommon, activities);
        }
    }

    private ListingRecord Listing(Random random, int number, SeedTag[] inCommon, SeedTag[] activities)
    {
        var town = seed.PickPlace(random);
        var townName = town.IsLondon ? $"{town.Name}, London" : town.Name;
        var tags = Enumerable.Range(0, random.Next(1, 5)).Select(_ => inCommon[random.Next(inCommon.Length)])
            .Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => activities[random.Next(activities.Length)]))
            .DistinctBy(t => t.Slug).ToList();
        var lead = tags[0];
        var shape = random.Next(100);
        var oneToOne = random.Next(5) == 0;
        var formats = new List<string> { oneToOne ? "OneToOne" : "Group" };
        PlaceRecord? place = null;
        AreaRecord? area = null;
        if (shape < 70)
        {
            formats.Add("InPerson");
            if (random.Next(5) == 0)
            {
                formats.Add("Online");
            }
            place = Place(random, town, townName);
        }
        else if (shape < 78)
        {
            formats.Add(random.Next(3) == 0 ? "Phone" : "Online");
        }
        else if (shape < 82)
        {
            formats.Add(random.Next(2) == 0 ? "Phone" : "Online");
            area = new AreaRecord { Kind = "National", Name = random.Next(3) == 0 ? "Wales" : "England and Wales" };
        }
        else if (shape < 93)
        {
            formats.Add(random.Next(3) switch { 0 => "InPerson", 1 => "Phone", _ => "Online" });
            var km = new[] { 5, 10, 15, 25, 40 }[random.Next(5)];
            area = new AreaRecord
            {
                Kind = "Radius",
                Name = $"{town.Name} and within {km} km",
                Latitude = Math.Round(town.Point.Latitude, 4),
                Longitude = Math.Round(town.Point.Longitude, 4),
                RadiusKm = km,
            };
        }
        else
        {
            formats.Add(random.Next(3) switch { 0 => "InPerson", 1 => "Phone", _ => "Online" });
            var region = Regions[random.Next(Regions.Length)].Split('|');
            area = new AreaRecord { Kind = "Region", Name = region[0], Wkt = region[1] };
        }

        var noun = GroupWords[random.Next(GroupWords.Length)];
        var name = random.Next(2) == 0
            ? $"{town.Name} {lead.Name} {noun}"
            : $"{NameWords[random.Next(NameWords.Length)]} {noun} {town.Name}";
        var meets = place is null ? "online, by phone or in your area" : $"in {townName}";
        var summary = $"A peer-led {(oneToOne ? "one-to-one service" : "group")} for {string.Join(", ", tags.Select(t => t.Name.ToLowerInvariant()))}, meeting {meets}.";
        var description = string.Join("\n\n", Enumerable.Range(0, random.Next(3, 6)).Select(_ => Sentences[random.Next(Sentences.Length)]).Distinct());
        var statusRoll = random.Next(100);
        return new ListingRecord
        {
            ExternalId = $"bench-{randomSeed}-{number:D7}",
            Name = name.Length > 150 ? name[..150] : name,
            Summary = summary.Length > 300 ? summary[..300] : summary,
            Description = description,
            WhoFor = $"{lead.Name} and anyone who feels the group is for them.",
            Eligibility = random.Next(4) == 0 ? "18 and over." : "",
            FirstVisit = "Someone will say hello and show you where the tea is.",
            Organisation = $"{NameWords[random.Next(NameWords.Length)]} Trust",
            HostType = new[] { "UserLed", "VoluntarySector", "Nhs", "Informal" }[random.Next(4)],
            RunBy = new[] { "PeerLed", "PeerLed", "PeersWithStaff", "Professional" }[random.Next(4)],
            JoinBy = new[] { "DropIn", "ContactFirst", "Referral" }[random.Next(3)],
            Cost = new[] { "Free", "Free", "Free", "Donation", "Paid" }[random.Next(5)],
            Formats = formats,
            Tags = tags.Select(t => t.Slug).ToList(),
            Languages = random.Next(6) == 0 ? ["English", "Welsh"] : ["English"],
            Contacts = [new ContactRecord { Kind = "Email", Value = $"hello@bench-{number}.example", Label = "Email the group" }],
            Schedules = [Schedule(random, place is not null)],
            Place = place,
            Area = area,
            Status = statusRoll < 95 ? "Published" : new[] { "Paused", "Paused", "Lapsed", "Pending", "Draft" }[statusRoll - 95],
            LastConfirmed = ReferenceDay.AddDays(-random.Next(3, 200)),
        };
    }

    private static PlaceRecord Place(Random random, SeedPlace town, string townName)
    {
        var km = random.NextDouble() * 3;
        var bearing = random.NextDouble() * 2 * Math.PI;
        var lat = town.Point.Latitude + km * Math.Cos(bearing) / 111.32;
        var lon = town.Point.Longitude + km * Math.Sin(bearing) / (111.32 * Math.Cos(town.Point.Latitude * Math.PI / 180));
        return new PlaceRecord
        {
            Venue = $"{NameWords[random.Next(NameWords.Length)]} Community Centre",
            Address = $"{random.Next(1, 200)} {NameWords[random.Next(NameWords.Length)]} Street",
            Town = townName,
            Latitude = Math.Round(lat, 5),
            Longitude = Math.Round(lon, 5),
        };
    }

    private static ScheduleRecord Schedule(Random random, bool meetsInPerson)
    {
        var (start, end) = Slots[random.Next(Slots.Length)];
        var day = random.Next(7);
        return random.Next(meetsInPerson ? 8 : 10) switch
        {
            < 4 => new ScheduleRecord { Kind = "Weekly", Day = Days[day], Start = start, End = end },
            < 6 => new ScheduleRecord
            {
                Kind = "Fortnightly",
                Day = Days[day],
                Date = FirstMonday.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Start = start,
                End = end,
            },
            < 8 => new ScheduleRecord { Kind = "MonthlyNthWeekday", Day = Days[day], Nth = random.Next(2) == 0 ? -1 : random.Next(1, 5), Start = start, End = end },
            _ => new ScheduleRecord { Kind = "ByArrangement", Notes = "Call or email to arrange a time." },
        };
    }
}
