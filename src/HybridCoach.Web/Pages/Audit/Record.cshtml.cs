using HybridCoach.Application.Decisions;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages.Audit;

/// <summary>
/// One recorded daily call (`coach audit show`): the call, when and by which engine and settings, every guardrail's
/// outcome with what it observed, and the narrative; and its replay (`coach replay`): decided again from the recorded
/// inputs with the current or the recorded settings, "identical" or every exact difference.
/// </summary>
public sealed class RecordModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    public DecisionAuditRecord? Record { get; private set; }
    public IReadOnlyList<OutcomeRecord> Outcomes { get; private set; } = [];
    public ReplayReport? Replay { get; private set; }

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostReplayAsync(long id, bool recordedSettings, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        if (Record is not null)
            Replay = await (await Athlete.ServicesAsync()).GetRequiredService<ReplayDecision>().ReplayAsync(id, recordedSettings, cancellationToken);
        return shown;
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        Record = await (await Athlete.ServicesAsync()).GetRequiredService<ShowDecision>().GetAsync(id, cancellationToken);
        if (Record is null) return NotFound();
        Outcomes = DecisionJson.ReadOutcomes(Record.OutcomesJson);
        return Page();
    }
}
