using HybridCoach.Application.Activities;
using HybridCoach.Application.Import;

namespace HybridCoach.Application.Manual;

/// <summary>The `coach activity add` use case: store one manual entry unless it is a duplicate.</summary>
public sealed class AddManualActivity(IActivityStore store)
{
    private readonly ActivityRegistrar _registrar = new(store);

    public async Task<ImportFileResult> AddAsync(ManualActivityEntry entry, string sourceName = ManualActivityFactory.Format,
        CancellationToken cancellationToken = default)
    {
        var activity = ManualActivityFactory.Build(entry, sourceName);
        var registration = await _registrar.RegisterAsync(activity, cancellationToken);
        var summary = activity.Summary;
        return new ImportFileResult(sourceName, registration.Added ? ImportStatus.Imported : ImportStatus.Duplicate,
            registration.ActivityId, summary.Sport, summary.StartTime, summary.Distance, registration.DuplicateReason);
    }
}
