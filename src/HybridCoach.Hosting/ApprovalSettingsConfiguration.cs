using System.Globalization;
using HybridCoach.Domain.Oversight;
using Microsoft.Extensions.Configuration;

namespace HybridCoach.Hosting;

/// <summary>
/// The oversight policy's branches from configuration (section <c>HybridCoach:Oversight</c>; as environment
/// variables <c>HybridCoach__Oversight__CancelKeyWorkout=suggest_to_athlete</c>): each route is
/// <c>auto_apply</c>, <c>suggest_to_athlete</c> or <c>coach_approval</c>, the two lines are fractions. Anything
/// not given keeps its default (docs/oversight.md); a bad value is refused naming the key.
/// </summary>
public static class ApprovalSettingsConfiguration
{
    public const string Section = "HybridCoach:Oversight";

    private static readonly (string Key, Func<ApprovalSettings, OversightRoute, ApprovalSettings> Set)[] Routes =
    [
        ("EasierReplacement", (s, r) => s with { EasierReplacement = r }),
        ("SmallLoadReduction", (s, r) => s with { SmallLoadReduction = r }),
        ("LargeLoadReduction", (s, r) => s with { LargeLoadReduction = r }),
        ("SmallLoadIncrease", (s, r) => s with { SmallLoadIncrease = r }),
        ("LargeLoadIncrease", (s, r) => s with { LargeLoadIncrease = r }),
        ("MoveSession", (s, r) => s with { MoveSession = r }),
        ("CancelKeyWorkout", (s, r) => s with { CancelKeyWorkout = r }),
        ("AddRace", (s, r) => s with { AddRace = r }),
        ("ChangeGoal", (s, r) => s with { ChangeGoal = r }),
        ("ChangeTargetTime", (s, r) => s with { ChangeTargetTime = r }),
        ("RegeneratePlan", (s, r) => s with { RegeneratePlan = r }),
        ("UnsizedAdaptation", (s, r) => s with { UnsizedAdaptation = r }),
    ];

    public static ApprovalSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var settings = ApprovalSettings.Default;
        foreach (var (key, set) in Routes)
        {
            if (section[key] is { } text) settings = set(settings, Route(text, key));
        }
        if (section["AutoApplyMaxLoadReductionFraction"] is { } reduction)
            settings = settings with { AutoApplyMaxLoadReductionFraction = Fraction(reduction, "AutoApplyMaxLoadReductionFraction") };
        if (section["SuggestMaxLoadIncreaseFraction"] is { } increase)
            settings = settings with { SuggestMaxLoadIncreaseFraction = Fraction(increase, "SuggestMaxLoadIncreaseFraction") };
        return settings.Validate();
    }

    private static OversightRoute Route(string text, string key) => text.Trim().ToLowerInvariant().Replace('-', '_') switch
    {
        "auto_apply" => OversightRoute.AutoApply,
        "suggest_to_athlete" => OversightRoute.SuggestToAthlete,
        "coach_approval" => OversightRoute.CoachApproval,
        _ => throw new ArgumentException($"{Section}:{key} '{text}': expected auto_apply, suggest_to_athlete or coach_approval"),
    };

    private static double Fraction(string text, string key) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"{Section}:{key} '{text}': expected a fraction such as 0.10");
}
