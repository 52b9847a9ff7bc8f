using System.ComponentModel.DataAnnotations;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Journal;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages.Audit;

/// <summary>
/// The athlete's audit (the use cases of `coach audit list|verify`, `coach journal` and `coach agreement`): every recorded
/// daily call, whether the hash chain is intact, their own calls in the journal, and how often the engine agreed.
/// </summary>
public sealed class IndexModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    private const int ShownDecisions = 100;

    [BindProperty, Required] public DateOnly? JournalDate { get; set; }
    [BindProperty, Required] public string? MyCall { get; set; }
    [BindProperty, StringLength(JournalEntry.MaxNoteLength)] public string? Note { get; set; }

    public IReadOnlyList<DecisionAuditSummary> Decisions { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }
    public IReadOnlyList<JournalEntry> Journal { get; private set; } = [];
    public AgreementReport? Agreement { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        JournalDate = Today;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostJournalAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var entry = new JournalEntry(0, JournalDate!.Value, RecommendationIds.Parse(MyCall!, "my call"), string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
                    JournalAuthor.Athlete, default);
                await (await Athlete.ServicesAsync()).GetRequiredService<AddJournalEntry>().AddAsync(entry, cancellationToken);
                return RedirectToPage();
            }
            catch (ArgumentException error)
            {
                ModelState.AddModelError(string.Empty, error.Message);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        Decisions = await services.GetRequiredService<IDecisionAuditStore>().ListAsync(null, Today, ShownDecisions, cancellationToken);
        Verification = await services.GetRequiredService<VerifyAudit>().VerifyAsync(cancellationToken);
        Journal = await services.GetRequiredService<IJournalStore>().ListAsync(null, Today, cancellationToken);
        Agreement = await services.GetRequiredService<ComputeAgreement>().ComputeAsync(null, Today, null, cancellationToken);
    }
}
