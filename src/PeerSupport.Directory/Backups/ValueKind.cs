namespace PeerSupport.Directory.Backups;

/// <summary>The provider-neutral types a backup writes values as (docs/operations.md, "Backups").</summary>
public enum ValueKind
{
    Text,
    Boolean,
    Whole,
    Real,
    Exact,
    DateTime,
    DateTimeOffset,
    Date,
    Time,
    Duration,
    Uuid,
    Bytes,
}
