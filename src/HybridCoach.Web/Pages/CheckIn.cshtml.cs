using System.ComponentModel.DataAnnotations;
using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Athletes;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages;

/// <summary>
/// The weekly check-in (the same use case as `coach checkin`): effort, fatigue, a niggle, notes and a request. It
/// raises the coach's alerts at once and adapts the plan (never harder), and the page says what happened.
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

    public CheckInResult? Result { get; private set; }


    public void OnGet() => WeekStart = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            Niggle[] niggles = string.IsNullOrWhiteSpace(NiggleSite) ? [] : [new Niggle(NiggleSite.Trim().ToLowerInvariant(), NiggleSide, NiggleSeverity ?? 3)];
            var checkIn = new CheckIn(WeekStart!.Value, Effort!.Value, Fatigue!.Value, niggles, Blank(Notes),
                new AdjustmentRequest(Blank(ChangeRequest), [.. UnavailableDays.OfType<DateOnly>()], TravelWeek, null, FeelingStrong));
            Result = await (await Athlete.ServicesAsync()).GetRequiredService<RecordCheckIn>().RecordAsync(checkIn, Today, cancellationToken);
        }
        catch (ArgumentException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
