namespace HybridCoach.Domain.Planning;

/// <summary>
/// How fast a runner's VDOT can grow, as a range of points per week with a cap for one season, by training age
/// (the profile's, else judged from weekly volume and VDOT), and the evidence behind it:
/// <list type="bullet">
/// <item>Beginners: the HERITAGE Family Study (Bouchard et al. 1999, J Appl Physiol 87:1003–1008) trained 481
/// sedentary adults for 20 weeks: VO2max rose by ≈ 400 mL/min on average — ≈ 5 mL/kg/min for a 75 kg adult, about one
/// VDOT point per 4 weeks — with individual gains from none to over 1 L/min. Range: 1 point per 6 weeks (Daniels'
/// slower pace) to 1 per 3 weeks (above-average responders); at most 8 points in a season (≈ 1.5 × the study's
/// 20-week mean, a product rule).</item>
/// <item>Trained runners: Daniels (Daniels' Running Formula) raises training VDOT by about one point after 4–6 weeks
/// at a level: 1 point per 6 to 1 per 4 weeks; at most 5 points in a season (20 weeks at the faster rate, a product rule).</item>
/// <item>Experienced runners (6 years or more, or high volume, or VDOT ≥ 60): close to their ceiling, so Daniels'
/// steps come less often — we halve his rate (1 point per 12 to 1 per 8 weeks) and cap a season at 3 points.
/// A product rule: no published rate was found for this group.</item>
/// </list>
/// Weekly volume stands in for training age when it is unknown: it is associated with race speed at every distance in
/// recreational runners (Vickers &amp; Vertosick 2016, BMC Sports Sci Med Rehabil, "An empirical study of race times in recreational endurance runners"; 2,303 runners). The 25 and
/// 70 km/week and VDOT 60 boundaries are product rules.
/// </summary>
public sealed record ImprovementRate(RunnerExperience Experience, double SlowPointsPerWeek, double FastPointsPerWeek, double MaxSeasonGainPoints, string Basis)
{
    public const int BeginnerBelowYears = 2;
    public const int ExperiencedFromYears = 6;
    public const double BeginnerBelowKmPerWeek = 25;
    public const double ExperiencedFromKmPerWeek = 70;
    public const double ExperiencedFromVdot = 60;

    /// <summary>The rate for a runner with the given training age (null = unknown), weekly volume and VDOT.</summary>
    public static ImprovementRate For(int? trainingAgeYears, double weeklyDistanceM, double currentVdot)
    {
        var km = weeklyDistanceM / 1000;
        var experience = Classify(trainingAgeYears, km, currentVdot);
        var who = trainingAgeYears is { } years ? $"{years} year{(years == 1 ? "" : "s")} of training" : $"training age unknown, {km:0} km/week";
        return experience switch
        {
            RunnerExperience.Beginner => new(experience, 1.0 / 6, 1.0 / 3, 8,
                $"a beginner ({who}): 1 VDOT point per 3–6 weeks (HERITAGE study, Bouchard 1999: ≈ 1 point per 4 weeks on average over 20 weeks, very variable)"),
            RunnerExperience.Trained => new(experience, 1.0 / 6, 1.0 / 4, 5,
                $"a trained runner ({who}): 1 VDOT point per 4–6 weeks (Daniels' Running Formula)"),
            _ => new(experience, 1.0 / 12, 1.0 / 8, 3,
                $"an experienced runner ({who}{(trainingAgeYears is null && currentVdot >= ExperiencedFromVdot ? $", VDOT {currentVdot:0.0}" : "")}): 1 VDOT point per 8–12 weeks, half Daniels' rate near the ceiling (a product rule)"),
        };
    }

    /// <summary>The VDOT points this rate allows in <paramref name="weeks"/>: (slow, fast), each at most the season cap.</summary>
    public (double Slow, double Fast) GainIn(double weeks) =>
        (Math.Min(MaxSeasonGainPoints, Math.Max(0, weeks) * SlowPointsPerWeek), Math.Min(MaxSeasonGainPoints, Math.Max(0, weeks) * FastPointsPerWeek));

    private static RunnerExperience Classify(int? trainingAgeYears, double kmPerWeek, double vdot) => trainingAgeYears switch
    {
        < BeginnerBelowYears => RunnerExperience.Beginner,
        >= ExperiencedFromYears => RunnerExperience.Experienced,
        not null => RunnerExperience.Trained,
        null when kmPerWeek >= ExperiencedFromKmPerWeek || vdot >= ExperiencedFromVdot => RunnerExperience.Experienced,
        null when kmPerWeek < BeginnerBelowKmPerWeek => RunnerExperience.Beginner,
        null => RunnerExperience.Trained,
    };
}
