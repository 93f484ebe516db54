using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Tests.Data;

/// <summary>
/// Our SQL Server deploy script, as <see cref="SqlServerScript.Generate"/> (and so the
/// <c>sql-script</c> verb) writes it. No SQL Server runs here, so the script is read with
/// Microsoft's own T-SQL parser: it must parse, apply every migration of the SQL Server
/// migrations assembly, and guard every statement so it is safe against a database at any migration.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    private static readonly string Script = SqlServerScript.Generate();

    private static List<string> MigrationIds(string assembly) =>
        [.. Assembly.Load(assembly).GetTypes().Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).OfType<string>().Order(StringComparer.Ordinal)];

    private static TSqlScript Parsed()
    {
        using var reader = new StringReader(Script);
        var script = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        return (TSqlScript)script;
    }

    /// <summary>Each statement of the script with the condition it runs under (null when it runs unconditionally), whitespace folded.</summary>
    private static List<(TSqlStatement Statement, string? Condition)> Statements()
    {
        var script = Parsed();
        string Text(TSqlFragment f) => Whitespace().Replace(string.Concat(script.ScriptTokenStream.Skip(f.FirstTokenIndex).Take(f.LastTokenIndex - f.FirstTokenIndex + 1).Select(t => t.Text)), " ");
        return [.. script.Batches.SelectMany(b => b.Statements).Select(s => (s, s is IfStatement i ? Text(i.Predicate) : null))];
    }

    [Fact]
    public void The_script_parses_as_valid_T_SQL()
    {
        var script = Parsed();
        Assert.NotEmpty(script.Batches);
    }

    [Fact]
    public void Every_statement_runs_only_when_its_migration_has_not_been_applied()
    {
        var unguarded = Statements()
            .Where(s => s.Statement is not (BeginTransactionStatement or CommitTransactionStatement))
            .Where(s => s.Condition is null || !(MigrationGuard().IsMatch(s.Condition) || s.Condition == HistoryTableGuard))
            .Select(s => $"line {s.Statement.StartLine}: {s.Condition ?? s.Statement.GetType().Name}")
            .ToList();

        Assert.Empty(unguarded);
    }

    [Fact]
    public void The_script_applies_every_SQL_Server_migration_and_records_each_in_the_history_table()
    {
        var migrations = MigrationIds("PeerSupport.Directory.Migrations.SqlServer");
        var guarded = Statements().Select(s => s.Condition is { } c ? MigrationGuard().Match(c) : Match.Empty)
            .Where(m => m.Success).Select(m => m.Groups["id"].Value).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(migrations);
        Assert.Equal(migrations, guarded);
        var script = Script.ReplaceLineEndings("\n");
        Assert.All(migrations, id => Assert.Single(Regex.Matches(script, Regex.Escape($"INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])\n    VALUES (N'{id}'"))));
    }

    [Fact]
    public void Every_SQL_Server_migration_has_a_SQLite_migration_of_the_same_name_in_the_same_order()
    {
        static List<string> Names(string assembly) => [.. MigrationIds(assembly).Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])];

        Assert.Equal(Names("PeerSupport.Directory.Migrations.Sqlite"), Names("PeerSupport.Directory.Migrations.SqlServer"));
    }

    private const string HistoryTableGuard = "OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL";

    [GeneratedRegex(@"^NOT EXISTS \( SELECT \* FROM \[__EFMigrationsHistory\] WHERE \[MigrationId\] = N'(?<id>[^']+)' \)$")]
    private static partial Regex MigrationGuard();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
