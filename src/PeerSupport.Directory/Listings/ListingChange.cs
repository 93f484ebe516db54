namespace PeerSupport.Directory.Listings;

/// <summary>
/// One saved change to a listing: who, when, and each field's old and new value.
/// Written by <see cref="Data.DirectoryDbContext"/> in the same transaction as the change.
/// </summary>
public class ListingChange
{
    public long Id { get; set; }
    public int ListingId { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
    public required string Kind { get; set; }
    public List<FieldChange> Fields { get; set; } = [];

    /// <summary>When a moderator looked at this change in the review feed (edits by leads go live at once).</summary>
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
}

public record FieldChange(string Field, string? Old, string? New);
