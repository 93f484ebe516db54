using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Freshness;

/// <summary>Where a published listing stands on the freshness clock.</summary>
public enum FreshnessStage { Fresh, Due, SecondReminder, Overdue, Lapsed }

/// <summary>
/// The freshness rules as pure functions of dates, so tests need no database or clock. The
/// clock starts at the last confirmation (or, never confirmed, at creation); every step of
/// <see cref="ListingLifeCycle"/> in which a person vouches for the group restarts it.
/// </summary>
public sealed class FreshnessPolicy(FreshnessOptions options)
{
    public FreshnessOptions Options { get; } = options;

    public static DateTime ClockStart(DateTime? lastConfirmedAt, DateTime createdAt) => lastConfirmedAt ?? createdAt;

    public FreshnessStage StageOf(DateTime clockStart, DateTime utcNow)
    {
        var days = (utcNow - clockStart).TotalDays;
        return days switch
        {
            _ when days >= Options.LapseDays => FreshnessStage.Lapsed,
            _ when days >= Options.OverdueDays => FreshnessStage.Overdue,
            _ when days >= Options.SecondReminderDays => FreshnessStage.SecondReminder,
            _ when days >= Options.DueDays => FreshnessStage.Due,
            _ => FreshnessStage.Fresh,
        };
    }

    /// <summary>"May be out of date" on the listing and below fresh listings in search.</summary>
    public bool IsOverdue(DateTime clockStart, DateTime utcNow) => StageOf(clockStart, utcNow) >= FreshnessStage.Overdue;
}
