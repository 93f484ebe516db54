using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PeerSupport.Directory.Data;

/// <summary>
/// One occurrence of a recurring job, claimed by the node that runs it: the key is the job and
/// the occurrence (UTC), so a second node whose own scheduler triggered the same occurrence finds
/// the claim and stands down. See the site's <c>Jobs/OncePerSchedule</c> for when it applies.
/// </summary>
public class RecurringRun
{
    public required string JobId { get; set; }
    public DateTime Occurrence { get; set; }
    public required string Node { get; set; }
    public DateTime ClaimedAt { get; set; }
}

public sealed class RecurringRunConfiguration : IEntityTypeConfiguration<RecurringRun>
{
    public void Configure(EntityTypeBuilder<RecurringRun> run)
    {
        run.HasKey(r => new { r.JobId, r.Occurrence });
        run.Property(r => r.JobId).HasMaxLength(100);
        run.Property(r => r.Node).HasMaxLength(200);
    }
}
