using HybridCoach.Application.Activities;
using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Demo;

/// <summary>
/// The `coach demo` use case: writes a synthetic athlete's months of training as FIT files (our own
/// encoder) into a folder, imports that folder like any runner's export, gives the runner a profile, recent
/// recovery signals and a race calendar (<see cref="DemoAthleteSetup"/>), and reads back the weekly volume.
/// </summary>
public sealed class CreateDemoHistory(ImportService import, IActivityStore store, DemoAthleteSetup athlete)
{
    public async Task<DemoHistory> CreateAsync(string filesDirectory, DateOnly today, int months, int seed,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(filesDirectory);
        foreach (var file in new SyntheticAthlete(seed).Generate(today, months))
        {
            await File.WriteAllBytesAsync(Path.Combine(filesDirectory, file.FileName), file.Content, cancellationToken);
        }
        var report = await import.ImportAsync([filesDirectory], ImportOptions.Default, progress, cancellationToken);
        await athlete.SeedAsync(today, seed, cancellationToken);
        var stored = await store.ListAsync(ActivityQuery.All, cancellationToken);
        return new DemoHistory(filesDirectory, report, WeeklyVolumeCalculator.Calculate(stored.Select(s => s.Summary)));
    }
}
