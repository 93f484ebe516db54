using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Data;

/// <summary>
/// The single source of truth. Every save renews the concurrency token of each touched
/// listing, records its field changes in <see cref="ListingChange"/> and what every node's
/// index must hear in <see cref="ListingFeedEntry"/> (same transaction), and tells
/// <see cref="IListingChangeListener"/> once the change is committed (and
/// <see cref="OutboxSignal"/>, when the change queued an email).
///
/// Migrations, one assembly per provider (run from the repository root):
///   dotnet ef migrations add NAME --project src/PeerSupport.Directory.Migrations.Sqlite
///   dotnet ef migrations add NAME --project src/PeerSupport.Directory.Migrations.SqlServer
/// Every model change adds a migration to both in the same commit.
/// </summary>
public class DirectoryDbContext(
    DbContextOptions<DirectoryDbContext> options,
    TimeProvider clock,
    IChangeActor? actor = null,
    IListingChangeListener? listener = null,
    OutboxSignal? outbox = null)
    : IdentityDbContext<DirectoryUser>(options), IDataProtectionKeyContext
{
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<ListingSchedule> ListingSchedules => Set<ListingSchedule>();
    public DbSet<ListingContact> ListingContacts => Set<ListingContact>();
    public DbSet<ListingLead> ListingLeads => Set<ListingLead>();
    public DbSet<ListingChange> ListingChanges => Set<ListingChange>();
    public DbSet<TaxonomyDimension> TaxonomyDimensions => Set<TaxonomyDimension>();
    public DbSet<TaxonomyTag> TaxonomyTags => Set<TaxonomyTag>();
    public DbSet<PostcodePoint> Postcodes => Set<PostcodePoint>();
    public DbSet<OutcodePoint> Outcodes => Set<OutcodePoint>();
    public DbSet<StagedPostcode> StagedPostcodes => Set<StagedPostcode>();
    public DbSet<LeadInvite> LeadInvites => Set<LeadInvite>();
    public DbSet<ListingClaim> ListingClaims => Set<ListingClaim>();
    public DbSet<ProblemReport> ProblemReports => Set<ProblemReport>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ListingDailyCount> ListingDailyCounts => Set<ListingDailyCount>();
    public DbSet<OneClickUse> OneClickUses => Set<OneClickUse>();
    public DbSet<LinkCheck> LinkChecks => Set<LinkCheck>();
    public DbSet<FreshnessSnapshot> FreshnessSnapshots => Set<FreshnessSnapshot>();
    public DbSet<ReferrerList> ReferrerLists => Set<ReferrerList>();
    public DbSet<ReferrerListItem> ReferrerListItems => Set<ReferrerListItem>();
    public DbSet<PlaceAlias> PlaceAliases => Set<PlaceAlias>();
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();
    public DbSet<ListingFeedEntry> ListingFeed => Set<ListingFeedEntry>();
    public DbSet<RecurringRun> RecurringRuns => Set<RecurringRun>();

    /// <summary>The data-protection key ring every node shares (sign-in cookies, antiforgery, one-click links).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private readonly HashSet<int> committedListingIds = [];
    private bool mailQueued;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every DateTime is UTC; say so when reading it back (SQLite and SQL Server both drop the Kind).
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var touched = ListingHistory.Record(ChangeTracker, now, actor?.Name ?? ChangeActor.System);
        Data.ListingFeed.Record(ChangeTracker, touched, now);
        var queuesMail = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        mailQueued |= queuesMail;
        foreach (var listing in touched)
        {
            committedListingIds.Add(listing.Id);
        }
        if (Database.CurrentTransaction is null)
        {
            await NotifyCommittedAsync(cancellationToken);
        }
        return result;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Called after the surrounding transaction commits (see <see cref="ListingCommitInterceptor"/>).</summary>
    internal async Task NotifyCommittedAsync(CancellationToken cancellationToken)
    {
        if (mailQueued)
        {
            mailQueued = false;
            outbox?.Raise();
        }
        if (committedListingIds.Count == 0)
        {
            return;
        }
        var ids = committedListingIds.ToArray();
        committedListingIds.Clear();
        if (listener is not null)
        {
            await listener.ListingsCommittedAsync(ids, cancellationToken);
        }
    }

    internal void ForgetUncommitted()
    {
        committedListingIds.Clear();
        mailQueued = false;
    }
}

/// <summary>Who is making a change, for the history (<see cref="ChangeActor"/>).</summary>
public interface IChangeActor
{
    string Name { get; }
}

/// <summary>Hears about listings whose changes have been committed (the search index does).</summary>
public interface IListingChangeListener
{
    Task ListingsCommittedAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken);
}
