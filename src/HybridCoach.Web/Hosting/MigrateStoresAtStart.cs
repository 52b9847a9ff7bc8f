using HybridCoach.Hosting;

namespace HybridCoach.Web.Hosting;

/// <summary>
/// At start-up, before the first request, every athlete's store in the data directory is brought to the current
/// schema once (<see cref="StoreMigrations"/>); the log says how many, and names each store that could not be opened.
/// </summary>
public sealed partial class MigrateStoresAtStart(AthleteScopes scopes, TimeProvider clock, ILogger<MigrateStoresAtStart> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var report = StoreMigrations.MigrateAll(scopes.DataDirectory, clock);
        LogMigrated(log, report.Migrated);
        foreach (var failure in report.Failed) LogFailed(log, failure);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} athlete stores at the current schema")]
    private static partial void LogMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "athlete store not opened at start-up: {Failure}")]
    private static partial void LogFailed(ILogger logger, string failure);
}
