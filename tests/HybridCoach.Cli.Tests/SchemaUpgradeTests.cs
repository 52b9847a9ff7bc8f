using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Existing data directories keep working (issue 16 item 1): a store made by the previous release (schema version 12:
/// this release's store with migration 13 undone) is upgraded on first open without losing or changing a value — every
/// earlier table, column and row reads back the same, the decision audit's hash chain still verifies — and then takes a
/// time zone.
/// </summary>
public class SchemaUpgradeTests
{
    private const string AsOf = "2026-05-20";

    [Fact]
    public async Task StoreAtVersion12_UpgradedLosslessly_ThenTakesATimeZone()
    {
        using var dir = new TempDirectory();
        Task<CliRun> Run(params string[] args) => CliRun.RunAsync(["--data-dir", dir.Path, "--date", AsOf, .. args]);
        foreach (var step in new[] { new[] { "demo", "--months", "2" }, ["plan", "generate"], ["signals", "add", "--resting-hr", "52", "--sleep-hours", "7.5"],
                     ["checkin", "--week", "2026-05-18", "--effort", "6", "--fatigue", "5", "--niggle", "calf:left:2"], ["today"] })
            Assert.True((await Run(step)).ExitCode == 0, string.Join(' ', step));
        var database = Path.Combine(dir.Path, "hybridcoach.db");
        Execute(database, "ALTER TABLE athlete_profile DROP COLUMN time_zone; DELETE FROM schema_version WHERE version = 13;");
        var before = Dump(database);

        var show = await Run("athlete", "show", "--json");
        var after = Dump(database, before);
        var verify = await Run("audit", "verify");
        var set = await Run("athlete", "set", "--time-zone", "America/Denver", "--json");

        Assert.Equal(12L, Scalar(before, "schema_version"));
        Assert.Equal(0, show.ExitCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, show.Json().GetProperty("time_zone").ValueKind);
        Assert.True(before.Sum(t => t.Value.Count) > 1000, $"{before.Sum(t => t.Value.Count)} rows: too few to prove anything");
        foreach (var (table, rows) in before)
            Assert.True(rows.SequenceEqual(after[table]), $"{table}: rows changed by the upgrade");
        Assert.Equal(13L, MaxVersion(database));
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal(("America/Denver", "Demo Runner"), (set.Json().GetProperty("time_zone").GetString(), set.Json().GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AthleteSet_UnknownTimeZone_NamesTheOption_StoresNothing()
    {
        using var dir = new TempDirectory();
        await CliRun.RunAsync("athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--data-dir", dir.Path);

        var bad = await CliRun.RunAsync("athlete", "set", "--time-zone", "Europe/Atlantis", "--data-dir", dir.Path);
        var show = await CliRun.RunAsync("athlete", "show", "--data-dir", dir.Path, "--json");

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--time-zone 'Europe/Atlantis': not a known IANA time zone", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, show.Json().GetProperty("time_zone").ValueKind);
    }

    /// <summary>Every table's rows as text, in rowid order; with <paramref name="columnsOf"/>, only the columns those tables had.</summary>
    private static Dictionary<string, List<string>> Dump(string database, Dictionary<string, List<string>>? columnsOf = null)
    {
        using var connection = Open(database);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in tables.Where(t => columnsOf is null || columnsOf.ContainsKey(t)))
        {
            var columns = columnsOf?[table][0] ?? string.Join(", ", Columns(connection, table));
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT {columns} FROM \"{table}\" {(table == "schema_version" ? "WHERE version <= 12" : "")} ORDER BY rowid;";
            using var reader = select.ExecuteReader();
            var rows = new List<string> { columns };
            while (reader.Read())
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            dump[table] = rows;
        }
        return dump;
    }

    private static IEnumerable<string> Columns(SqliteConnection connection, string table)
    {
        using var info = connection.CreateCommand();
        info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid;";
        using var reader = info.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add($"\"{reader.GetString(0)}\"");
        return names;
    }

    private static long Scalar(Dictionary<string, List<string>> dump, string table) => dump[table].Count - 1;

    private static long MaxVersion(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version) FROM schema_version;";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
