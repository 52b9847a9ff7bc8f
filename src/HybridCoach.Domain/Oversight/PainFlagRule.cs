namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>pain_flag</c>: pain, wherever the athlete reports it, one alert per report, urgency 1 — the day's pain flag in
/// the recovery signals (with its site), pain in their own words in any note or request (<see cref="PainPhrases"/>;
/// a text that already raises a medical red flag is left to that rule), and a check-in niggle at or above
/// <see cref="NigglePainMin"/>/10. Each alert names the site, so the pain_report_open guardrail can hold running back
/// until the coach clears it. Summaries hold no counts, so the same report is one alert however often the rules run.
/// </summary>
public static class PainFlagRule
{
    /// <summary>
    /// A niggle this severe is pain, not soreness: the pain-monitoring model accepts loading only up to 5/10 on a 0–10
    /// scale (Silbernagel et al. 2007, Am J Sports Med 35:897–906).
    /// </summary>
    public const int NigglePainMin = 5;

    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        foreach (var day in input.RecentSignals.Where(s => s.Pain))
            yield return Make(day.Date, day.PainSite, "signals", $"Pain reported{At(day.PainSite)} on {EscalationText.Day(day.Date)}",
                $"{EscalationText.Day(day.Date)} signals: pain{At(day.PainSite)}");
        foreach (var (date, source, text) in EscalationText.Recent(input))
        {
            if (MedicalRedFlags.Find(text).Count > 0) continue;
            foreach (var mention in PainPhrases.Find(text).DistinctBy(m => m.Site))
                yield return Make(date, mention.Site, source, $"Pain in the {source}{At(mention.Site)} (\"{mention.Phrase}\")",
                    $"{EscalationText.Day(date)} {source}: \"{mention.Phrase}\"{At(mention.Site)}");
        }
        foreach (var checkIn in input.RecentCheckIns)
        {
            foreach (var niggle in checkIn.Niggles.Where(n => n.Severity >= NigglePainMin))
            {
                var site = SidedSite(niggle);
                yield return Make(checkIn.WeekStart, site, "check-in niggle", $"Niggle{At(site)} at {niggle.Severity}/10 in the check-in, past the {NigglePainMin}/10 pain line",
                    $"{EscalationText.Day(checkIn.WeekStart)} check-in niggle: {niggle.Site} {niggle.Side.ToString().ToLowerInvariant()} {niggle.Severity}/10");
            }
        }
    }

    private static Escalation Make(DateOnly date, string? site, string source, string what, string evidence) =>
        EscalationDetector.Make(EscalationKind.PainFlag, date, $"{what}: no running until it is assessed and the coach clears it.", [evidence])
            with { Site = site, Key = $"{source}|{site}" };

    private static string At(string? site) => site is null ? "" : $" at the {site.Replace('_', ' ')}";

    private static string SidedSite(Athletes.Niggle niggle) => niggle.Side switch
    {
        Athletes.BodySide.Left => $"left_{niggle.Site}",
        Athletes.BodySide.Right => $"right_{niggle.Site}",
        _ => niggle.Site,
    };
}
