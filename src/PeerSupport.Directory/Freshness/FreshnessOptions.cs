using System.ComponentModel.DataAnnotations;

namespace PeerSupport.Directory.Freshness;

/// <summary>The "Freshness" section of configuration: when a listing is due, overdue and lapsed.</summary>
public sealed class FreshnessOptions : IValidatableObject
{
    public const string Section = "Freshness";

    /// <summary>Days after the last confirmation when leads get the first reminder.</summary>
    [Range(1, 3650)]
    public int DueDays { get; set; } = 90;

    [Range(1, 3650)]
    public int SecondReminderDays { get; set; } = 104;

    /// <summary>Days after which the public sees "may be out of date" and the listing ranks below fresh ones.</summary>
    [Range(1, 3650)]
    public int OverdueDays { get; set; } = 120;

    /// <summary>Days after which the listing leaves search until a lead confirms it.</summary>
    [Range(1, 3650)]
    public int LapseDays { get; set; } = 180;

    /// <summary>How long the links in a reminder email work.</summary>
    [Range(1, 365)]
    public int OneClickLinkDays { get; set; } = 30;

    /// <summary>Seconds the weekly link check waits for each website before counting it as failed.</summary>
    [Range(1, 120)]
    public int LinkCheckTimeoutSeconds { get; set; } = 15;

    /// <summary>Lets the link check reach this machine and private networks. Only for tests; leave false.</summary>
    public bool LinkCheckAllowPrivateAddresses { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(DueDays < SecondReminderDays && SecondReminderDays < OverdueDays && OverdueDays < LapseDays))
        {
            yield return new ValidationResult("Freshness days must grow: DueDays < SecondReminderDays < OverdueDays < LapseDays.");
        }
    }
}
