using System.ComponentModel.DataAnnotations;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Races;
using HybridCoach.Domain.Racing;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>The signed-in athlete's race calendar and a form to add a race (the same calendar as `coach race`).</summary>
public sealed class RacesModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    public IReadOnlyList<StoredRace> Races { get; private set; } = [];

    [BindProperty, Required] public DateOnly? Date { get; set; }
    [BindProperty, Required, StringLength(200)] public string Name { get; set; } = "";
    [BindProperty, Required, StringLength(20)] public string Distance { get; set; } = "";
    [BindProperty] public RacePriority Priority { get; set; } = RacePriority.A;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Races = await (await CalendarAsync(cancellationToken)).ListAsync(cancellationToken: cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var calendar = await CalendarAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            try
            {
                await calendar.AddAsync(new RaceEntry(Date!.Value, Name, DistanceText.Parse(Distance, "distance"), Priority), cancellationToken);
                return RedirectToPage();
            }
            catch (Exception error) when (error is ArgumentException or EntryFormatException)
            {
                ModelState.AddModelError(string.Empty, error.Message);
            }
        }
        Races = await calendar.ListAsync(cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>Removes one of the athlete's races (`coach race remove`); an id not in their calendar is 404. The plan keeps its goal until it is generated again.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken) =>
        await (await CalendarAsync(cancellationToken)).RemoveAsync(id, cancellationToken) ? RedirectToPage() : NotFound();

    private async Task<IRaceCalendar> CalendarAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return (await Athlete.ServicesAsync()).GetRequiredService<IRaceCalendar>();
    }
}
