using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Activities;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages.Activities;

/// <summary>
/// One activity of the signed-in athlete (the use cases of `coach activity show|rpe|note`): summary, the pace/heart-rate
/// chart, laps, kilometre splits, best efforts and the loads with their derivation; the athlete's RPE and notes — notes
/// that mention a red flag or pain tell the coach at once (<see cref="AnnotateActivity"/>). 404 for an id not in their store.
/// </summary>
public sealed class DetailModel(CurrentAthlete athlete, HybridCoach.Web.Maps.MapTiles map) : AthletePageModel(athlete)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty, Range(1, 10)] public int? Rpe { get; set; }
    [BindProperty, StringLength(AnnotateActivity.MaxLength)] public string? Notes { get; set; }

    public Activity? Activity { get; private set; }
    public ActivityLoadReport? Loads { get; private set; }
    public string? SavedNotes { get; private set; }
    public IReadOnlyList<RaisedEscalation> Raised { get; private set; } = [];

    public string SeriesJson { get; private set; } = "{}";

    /// <summary>Whether the recording has coordinates to draw the track from.</summary>
    public bool HasTrack { get; private set; }

    /// <summary>The athlete's distance unit (their profile's; kilometres without one): distances, paces and splits read in it.</summary>
    public HybridCoach.Domain.Units.DistanceUnit Units { get; private set; }

    /// <summary>The tiles under the track when the server has a tile URL configured; else the track is drawn alone.</summary>
    public HybridCoach.Web.Maps.MapTiles Map => map;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRpeAsync(long id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Rpe is { } rpe && !await (await Athlete.ServicesAsync()).GetRequiredService<IAthleteStore>().SetActivityRpeAsync(id, rpe, cancellationToken))
            return NotFound();
        if (ModelState.IsValid && Rpe is null) ModelState.AddModelError(nameof(Rpe), "Choose an RPE from 1 to 10.");
        return await LoadAsync(id, cancellationToken) ?? (ModelState.IsValid ? RedirectToPage(new { id }) : Page());
    }

    public async Task<IActionResult> OnPostNotesAsync(long id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                Raised = await (await Athlete.ServicesAsync()).GetRequiredService<AnnotateActivity>().AnnotateAsync(id, Notes ?? "", Today, cancellationToken);
            }
            catch (ArgumentException error)
            {
                ModelState.AddModelError(nameof(Notes), error.Message);
            }
        }
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    /// <summary>Loads the activity, its loads and notes; a result only when it is not the athlete's.</summary>
    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        Activity = await services.GetRequiredService<IActivityStore>().GetAsync(id, cancellationToken);
        if (Activity is null) return NotFound();
        Loads = await services.GetRequiredService<ReadActivityLoads>().ReadAsync(Activity, Today, cancellationToken);
        var day = ActivitiesAsOf.LocalDate(Activity.Summary);
        SavedNotes = (await services.GetRequiredService<IAthleteStore>().ListActivityNotesAsync(day, day, cancellationToken))
            .FirstOrDefault(n => n.Source == $"activity {id} notes")?.Text;
        Units = (await services.GetRequiredService<IAthleteStore>().GetProfileAsync(cancellationToken))?.Units ?? HybridCoach.Domain.Units.DistanceUnit.Kilometers;
        Rpe ??= Activity.Summary.Rpe;
        Notes ??= SavedNotes;
        var series = ActivityCharts.From(Activity, Units);
        HasTrack = series.Track.Length > 1;
        SeriesJson = JsonSerializer.Serialize(series, Json).Replace("</", "<\\/", StringComparison.Ordinal);
        return null;
    }
}
