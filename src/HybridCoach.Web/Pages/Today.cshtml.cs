using HybridCoach.Application.Athletes;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// Today's call for the signed-in athlete (the same use case as `coach today`, recorded in their audit), every
/// guardrail's outcome and the morning-signals form (RHR, HRV, sleep, soreness with sites, pain, illness, stress,
/// motivation, a note), filled with the day's stored signals so saving again never drops one; saving makes the call again.
/// </summary>
public sealed class TodayModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    public DecisionResult? Result { get; private set; }

    [BindProperty] public int? RestingHrBpm { get; set; }
    [BindProperty] public double? HrvRmssdMs { get; set; }
    [BindProperty] public double? SleepHours { get; set; }
    [BindProperty] public int? SleepQuality { get; set; }
    [BindProperty] public int? Soreness { get; set; }
    [BindProperty] public string? SoreSites { get; set; }
    [BindProperty] public string? PainSite { get; set; }
    [BindProperty] public Illness Illness { get; set; }
    [BindProperty] public int? LifeStress { get; set; }
    [BindProperty] public int? Motivation { get; set; }
    [BindProperty] public string? Note { get; set; }

    /// <summary>True when today's signals are already stored (the form shows them, and saving replaces them).</summary>
    public bool Recorded { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        Result = await services.GetRequiredService<DecideToday>().DecideOrReuseAsync(Today, cancellationToken);
        if ((await services.GetRequiredService<IAthleteStore>().ListSignalsAsync(Today, Today, cancellationToken)) is [var stored, ..]) Show(stored);
    }

    public async Task<IActionResult> OnPostSignalsAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        try
        {
            var pain = string.IsNullOrWhiteSpace(PainSite) ? null : PainSite.Trim();
            var signals = new RecoverySignals(Today, RestingHrBpm, HrvRmssdMs, SleepHours, SleepQuality, Soreness,
                AthleteText.ParseSiteSorenessList(SoreSites, "sore sites"), pain is not null, pain, Illness, LifeStress, Motivation,
                string.IsNullOrWhiteSpace(Note) ? null : Note.Trim());
            await services.GetRequiredService<RecordSignals>().RecordAsync(signals, cancellationToken);
        }
        catch (Exception error) when (error is ArgumentException or EntryFormatException)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            Result = await services.GetRequiredService<DecideToday>().DecideOrReuseAsync(Today, cancellationToken);
            return Page();
        }
        return RedirectToPage();
    }

    private void Show(RecoverySignals stored)
    {
        Recorded = true;
        (RestingHrBpm, HrvRmssdMs, SleepHours, SleepQuality, Soreness) = (stored.RestingHrBpm, stored.HrvRmssdMs, stored.SleepHours, stored.SleepQuality, stored.Soreness);
        (SoreSites, PainSite, Illness) = (AthleteText.SiteSorenessText(stored.SorenessBySite), stored.Pain ? stored.PainSite ?? "unspecified" : null, stored.Illness);
        (LifeStress, Motivation, Note) = (stored.LifeStress, stored.Motivation, stored.Note);
    }
}
