using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>One result in words: where, when, who for, how to join, how fresh, which preferences it meets.</summary>
public sealed record ResultCardModel(SearchHit Hit, SearchChoices Choices, DateTime UtcNow, IReadOnlyList<string>? Musts = null)
{
    public ListingCard Card => Hit.Card;

    /// <summary>When a referrer is making a list on this device: the groups already on it (the card offers "Add to list").</summary>
    public IReadOnlySet<int>? OnList { get; init; }

    /// <summary>Where "Add to list" returns to: this results page.</summary>
    public string ReturnUrl { get; init; } = "/find";

    public string WhereText => Hit.Reach switch
    {
        Reach.Venue when Hit.DistanceKm is { } km => $"{Miles(km)} away{(Card.Town.Length > 0 ? $", in {Card.Town}" : "")}",
        Reach.Venue => Card.Town,
        Reach.CoversArea => $"Covers your area{(Card.AreaName.Length > 0 ? $" ({Card.AreaName})" : "")}",
        Reach.National => $"{RemoteWords()}, for anyone in {(Card.AreaName.Length > 0 ? Card.AreaName : "the country")}",
        _ => Card.Town.Length > 0 ? $"{RemoteWords()} (also meets in {Card.Town})" : RemoteWords(),
    };

    public string? NextMeeting
    {
        get
        {
            var next = ScheduleText.NextStart(Card.Schedules, UtcNow);
            var localNow = UkCalendar.Local(UtcNow);
            return next is { } n ? ScheduleText.DescribeNext(n, localNow) : null;
        }
    }

    public IEnumerable<string> Pattern => Card.Schedules.Select(ScheduleText.Describe);

    public string Freshness => FreshnessText.Describe(Card.LastConfirmedAt, UtcNow);

    public bool MayBeOutOfDate => Hit.MayBeOutOfDate;

    public IEnumerable<string> Met => Hit.PreferencesMet.Select(Choices.NameOf);

    public IEnumerable<string> NotStated => Hit.PreferencesNotStated.Select(Choices.NameOf);

    /// <summary>"Shares 2 of your 3 choices": partial matches are labelled honestly.</summary>
    public string? MatchSummary
    {
        get
        {
            var total = Hit.PreferencesMet.Count + Hit.PreferencesNotStated.Count;
            return total == 0 ? null : Hit.PreferencesMet.Count == total ? $"Shares all {total} of your choices" : $"Shares {Hit.PreferencesMet.Count} of your {total} choices";
        }
    }

    private string RemoteWords() =>
        string.Join(" or ", new[] { Formats.Online, Formats.Phone }.Where(f => Card.Formats.HasFlag(f)).Select(ListingWords.Format)) is { Length: > 0 } words
            ? words
            : "Serves your area";

    public static string Miles(double km)
    {
        var miles = km / 1.609344;
        return miles < 0.1 ? "Less than 0.1 miles" : miles < 10 ? $"{miles:0.0} miles" : $"{miles:0} miles";
    }
}
