using HybridCoach.Application.Athletes;
using HybridCoach.Application.Decisions;
using HybridCoach.Domain.Athletes;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// Today's call for the signed-in athlete (the same use case as `coach today`, recorded in their audit), every
/// guardrail's outcome and the morning-signals form; saving signals makes the call again.
/// </summary>
public sealed class TodayModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    public DecisionResult? Result { get; private set; }

    [BindProperty] public int? RestingHrBpm { get; set; }
    [BindProperty] public double? HrvRmssdMs { get; set; }
    [BindProperty] public double? SleepHours { get; set; }
    [BindProperty] public int? Soreness { get; set; }
    [BindProperty] public string? PainSite { get; set; }


    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        Result = await services.GetRequiredService<DecideToday>().DecideOrReuseAsync(Today, cancellationToken);
    }


    public async Task<IActionResult> OnPostSignalsAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        try
        {
            var pain = string.IsNullOrWhiteSpace(PainSite) ? null : PainSite.Trim();
            var signals = new RecoverySignals(Today, RestingHrBpm, HrvRmssdMs, SleepHours, null, Soreness, new Dictionary<string, int>(),
                pain is not null, pain, Illness.None, null, null, null);
            await services.GetRequiredService<RecordSignals>().RecordAsync(signals, cancellationToken);
        }
        catch (ArgumentException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            Result = await services.GetRequiredService<DecideToday>().DecideOrReuseAsync(Today, cancellationToken);
            return Page();
        }
        return RedirectToPage();
    }
}
