using Microsoft.SqlServer.TransactSql.ScriptDom;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Tests.Data;

/// <summary>No SQL Server runs here, so the idempotent deploy script is checked with Microsoft's own T-SQL parser.</summary>
public class SqlServerScriptTests
{
    [Fact]
    public void The_idempotent_SQL_Server_script_parses_as_valid_T_SQL()
    {
        var script = SqlServerScript.Generate();

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        Assert.Contains("CREATE TABLE [Listings]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_SQL_Server_would_reject_fails_the_check()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("CREATE TABLE [Broken] ([Id] int NOT NULL,, );");
        parser.Parse(reader, out var errors);
        Assert.NotEmpty(errors);
    }
}
