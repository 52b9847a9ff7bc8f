using System.ComponentModel.DataAnnotations;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages;

/// <summary>
/// Profile and zones (the use cases of `coach athlete set` and `coach zones`): who the athlete is, heart rates, threshold
/// pace, units and time zone (which decides their today); the pace and heart-rate zones with where each anchor came from,
/// the threshold estimate with its evidence, and the warning when the profile's pace disagrees with the history.
/// </summary>
public sealed class ProfileModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    [BindProperty, Required, StringLength(100)] public string? Name { get; set; }
    [BindProperty, Required, Display(Name = "Birth year")] public int? BirthYear { get; set; }
    [BindProperty] public Sex Sex { get; set; } = Sex.Female;
    [BindProperty, Display(Name = "Weight (kg)")] public double? WeightKg { get; set; }
    [BindProperty, Display(Name = "Maximum heart rate (bpm)")] public int? MaxHrBpm { get; set; }
    [BindProperty, Display(Name = "Resting heart rate (bpm)")] public int? RestingHrBpm { get; set; }
    [BindProperty, Display(Name = "Lactate-threshold heart rate (bpm)")] public int? LthrBpm { get; set; }
    [BindProperty, StringLength(8), Display(Name = "Threshold pace (m:ss per km or mile; empty: estimated from your runs)")] public string? ThresholdPace { get; set; }
    [BindProperty] public DistanceUnit Units { get; set; } = DistanceUnit.Kilometers;
    [BindProperty, StringLength(64), Display(Name = "Time zone (e.g. Europe/Paris)")] public string? TimeZone { get; set; }

    public AthleteZones? Zones { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Zones?.Profile is { } p) Fill(p);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var pace = string.IsNullOrWhiteSpace(ThresholdPace) ? (double?)null : DurationText.Parse(ThresholdPace.Trim(), "threshold pace").Seconds;
                var changes = new AthleteProfileChanges(Name, BirthYear, Sex, WeightKg, MaxHrBpm, RestingHrBpm, LthrBpm,
                    pace is { } s && Units == DistanceUnit.Miles ? Pace.FromSecondsPerMile(s).SecondsPerKilometer : pace, Units: Units)
                    { TimeZone = string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone };
                await (await Athlete.ServicesAsync()).GetRequiredService<UpdateAthleteProfile>().SetAsync(changes, cancellationToken);
                return RedirectToPage(new { saved = true });
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
        Saved = Request.Query.ContainsKey("saved");
        Zones = await (await Athlete.ServicesAsync()).GetRequiredService<ResolveZones>().ResolveAsync(Today, cancellationToken: cancellationToken);
    }

    private void Fill(AthleteProfile p)
    {
        (Name, BirthYear, Sex, WeightKg, MaxHrBpm, RestingHrBpm, LthrBpm, Units, TimeZone) =
            (p.Name, p.BirthYear, p.Sex, p.WeightKg, p.MaxHrBpm, p.RestingHrBpm, p.LthrBpm, p.Units, p.TimeZone);
        ThresholdPace = p.ThresholdPaceSPerKm is { } t
            ? new Duration(p.Units == DistanceUnit.Miles ? new Pace(t).SecondsPerMile : t).ToString() : null;
    }
}
