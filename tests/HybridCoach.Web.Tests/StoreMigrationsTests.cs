using HybridCoach.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// At start-up every athlete's store is brought to the current schema once (issue 16 item 1): a store of the previous
/// schema (migration 13 undone) is upgraded, and a damaged one is named while the others are migrated.
/// </summary>
public sealed class StoreMigrationsTests
{
    [Fact]
    public async Task EveryStore_Migrated_ADamagedOneNamed_TheOthersCarryOn()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hybridcoach-migrate-").FullName;
        try
        {
            await using (var scopes = new AthleteScopes(dataDirectory))
            {
                foreach (var athlete in new[] { "web-old", "web-new" })
                {
                    using var lease = scopes.Lease(athlete);
                    await lease.Services.GetRequiredService<Application.Races.IRaceCalendar>().ListAsync();
                }
            }
            var old = AthleteDatabases.DatabasePath(dataDirectory, "web-old");
            Execute(old, "ALTER TABLE athlete_profile DROP COLUMN time_zone; DELETE FROM schema_version WHERE version = 13;");
            var broken = AthleteDatabases.DatabasePath(dataDirectory, "web-broken");
            Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
            await File.WriteAllBytesAsync(broken, []);
            File.SetLastWriteTimeUtc(broken, DateTime.UtcNow.AddHours(-1));

            var report = StoreMigrations.MigrateAll(dataDirectory, TimeProvider.System);

            Assert.Equal(2, report.Migrated);
            Assert.StartsWith("web-broken: store ", Assert.Single(report.Failed), StringComparison.Ordinal);
            Assert.Contains("is empty (0 bytes)", report.Failed[0], StringComparison.Ordinal);
            Assert.Equal(13L, Scalar(old, "SELECT MAX(version) FROM schema_version;"));
            Assert.Equal(1L, Scalar(old, "SELECT COUNT(*) FROM pragma_table_info('athlete_profile') WHERE name = 'time_zone';"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
