using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Activities;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Activities;

/// <summary>The signed-in athlete's activities, newest first, filtered by sport (the same query as `coach activities`).</summary>
public sealed class IndexModel(CurrentAthlete athlete) : AthletePageModel(athlete)
{
    /// <summary>The sport filter as the CLI names sports (run, trail_run, ride…); empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sport { get; set; }

    /// <summary>The first and last day shown (the athlete's local dates; empty for no bound).</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    /// <summary>The page cursor: only activities that start before this instant (the last one of the previous page).</summary>
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Before { get; set; }

    public const int PageSize = 50;

    public IReadOnlyList<ActivityListItem> Items { get; private set; } = [];

    /// <summary>The cursor of the next (older) page, or null when this is the last.</summary>
    public DateTimeOffset? Older { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var services = await Athlete.ServicesAsync();
        var sport = SportExtensions.ParseSport(Sport);
        var from = From is { } f ? new DateTimeOffset(f.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var to = To is { } t ? new DateTimeOffset(t.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var before = (Before, to) switch { ({ } b, { } e) => b < e ? b : e, ({ } b, null) => b, (null, var e) => e };
        var asOf = To is { } last && last < Today ? last : Today;
        var shown = (await services.GetRequiredService<IActivityStore>().ListAsOfAsync(new ActivityQuery(from, before, sport, PageSize + 1), asOf, cancellationToken))
            .Where(i => From is not { } first || ActivitiesAsOf.LocalDate(i.Summary) >= first).ToList();
        Items = shown.Take(PageSize).ToList();
        Older = shown.Count > PageSize ? Items[^1].Summary.StartTime : null;
    }
}
