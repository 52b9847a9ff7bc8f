using System.ComponentModel.DataAnnotations;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Manual;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Racing;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// The weekly check-in (the same use case as `coach checkin`): effort, fatigue, a niggle, notes, a request, days off,
/// a travel week, feeling strong and a race to add. It raises the coach's alerts at once and adapts the plan (never
/// harder), and the page says what happened, with the week's review.
/// </summary>
public sealed class CheckInModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    [BindProperty, Required] public DateOnly? WeekStart { get; set; }
    [BindProperty, Required, Range(1, 10)] public int? Effort { get; set; }
    [BindProperty, Required, Range(1, 10)] public int? Fatigue { get; set; }
    [BindProperty, StringLength(40)] public string? NiggleSite { get; set; }
    [BindProperty] public BodySide NiggleSide { get; set; } = BodySide.Left;
    [BindProperty, Range(1, 10)] public int? NiggleSeverity { get; set; }
    [BindProperty, StringLength(2000)] public string? Notes { get; set; }
    [BindProperty, StringLength(2000)] public string? ChangeRequest { get; set; }

    /// <summary>Days the athlete cannot train in the coming weeks (the plan moves their sessions, never harder).</summary>
    /// <remarks>Nullable: the form's empty date fields bind to null, not to an error.</remarks>
    [BindProperty] public List<DateOnly?> UnavailableDays { get; set; } = [];
    [BindProperty] public bool TravelWeek { get; set; }
    [BindProperty] public bool FeelingStrong { get; set; }

    /// <summary>A race to add with the check-in (all three of date, name and distance, or none); the plan is re-planned towards it under the coach's approval.</summary>
    [BindProperty] public DateOnly? RaceDate { get; set; }
    [BindProperty, StringLength(80)] public string? RaceName { get; set; }
    [BindProperty, StringLength(20)] public string? RaceDistance { get; set; }
    [BindProperty] public RacePriority RacePriority { get; set; } = RacePriority.B;

    public CheckInOutcome? Outcome { get; private set; }

    public CheckInResult? Result => Outcome?.Result;


    public void OnGet() => WeekStart = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            Niggle[] niggles = string.IsNullOrWhiteSpace(NiggleSite) ? [] : [new Niggle(NiggleSite.Trim().ToLowerInvariant(), NiggleSide, NiggleSeverity ?? 3)];
            var checkIn = new CheckIn(WeekStart!.Value, Effort!.Value, Fatigue!.Value, niggles, Blank(Notes),
                new AdjustmentRequest(Blank(ChangeRequest), [.. UnavailableDays.OfType<DateOnly>()], TravelWeek, Race(), FeelingStrong));
            Outcome = await (await Athlete.ServicesAsync()).GetRequiredService<SubmitCheckIn>().SubmitAsync(checkIn, Today, cancellationToken);
        }
        catch (Exception error) when (error is ArgumentException or EntryFormatException)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }
        return Page();
    }

    /// <summary>The race to add, or null when none is given; part of one is named as missing.</summary>
    private RaceEntry? Race()
    {
        if (RaceDate is null && Blank(RaceName) is null && Blank(RaceDistance) is null) return null;
        if (RaceDate is not { } date || Blank(RaceName) is not { } name || Blank(RaceDistance) is not { } distance)
            throw new ArgumentException("race: give its date, name and distance (or none of them)");
        return new RaceEntry(date, name, DistanceText.Parse(distance, "race distance"), RacePriority);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
