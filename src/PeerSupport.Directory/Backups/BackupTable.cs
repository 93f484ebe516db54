using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PeerSupport.Directory.Backups;

/// <summary>One table as a backup carries it: its columns (name and <see cref="ValueKind"/>) and the primary key its rows are ordered by.</summary>
public sealed record BackupTable(string Name, IReadOnlyList<BackupColumn> Columns, IReadOnlyList<string> Key)
{
    /// <summary>The migrations' own bookkeeping (history, and SQLite's migration lock), all a backup leaves out: restore migrates the target itself.</summary>
    public static readonly IReadOnlySet<string> MigrationsBookkeeping = new HashSet<string>(StringComparer.Ordinal) { "__EFMigrationsHistory", "__EFMigrationsLock" };

    /// <summary>
    /// Every table of the context's model, principals before the tables whose foreign keys point
    /// at them (so a restore can insert in this order), read from the model itself: a table added
    /// to the model is carried without changing the backup code.
    /// </summary>
    public static IReadOnlyList<BackupTable> FromModel(DbContext db)
    {
        var tables = db.Model.GetRelationalModel().Tables
            .Where(t => !MigrationsBookkeeping.Contains(t.Name))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var ordered = new List<ITable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Where(t => !placed.Contains(t.Name) && t.ForeignKeyConstraints
                .All(fk => fk.PrincipalTable.Name == t.Name || placed.Contains(fk.PrincipalTable.Name))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's foreign keys form a cycle; the backup cannot order its tables.");
            }
            foreach (var table in ready)
            {
                ordered.Add(table);
                placed.Add(table.Name);
            }
        }
        return ordered.Select(Describe).ToList();
    }

    private static BackupTable Describe(ITable table)
    {
        var key = table.PrimaryKey ?? throw new InvalidOperationException($"Table {table.Name} has no primary key, so its rows have no order to checksum.");
        var columns = table.Columns
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new BackupColumn(c.Name, c.StoreTypeMapping is JsonTypeMapping
                ? ValueKind.Text // an owned collection kept as one JSON document (ListingChanges.Fields): its text is carried as written
                : ValueKinds.Of(c.ProviderClrType, table.Name, c.Name)))
            .ToList();
        return new BackupTable(table.Name, columns, key.Columns.Select(c => c.Name).ToList());
    }
}

public sealed record BackupColumn(string Name, ValueKind Kind);
