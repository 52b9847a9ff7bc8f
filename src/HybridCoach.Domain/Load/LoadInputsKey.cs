using System.Globalization;
using System.Text;

namespace HybridCoach.Domain.Load;

/// <summary>
/// A stable fingerprint of everything outside the activity that its five load values depend on: the
/// profile's resting, max and lactate-threshold HR, threshold pace and TRIMP coefficients, and the
/// per-activity constants of <see cref="LoadSettings"/> (not <see cref="LoadSettings.MinimumCoverage"/>,
/// which only picks the series' measure). Stored loads are reused only under the same key, so changing the
/// profile (e.g. setting LTHR) recomputes them. <see cref="FormulaVersion"/> is raised whenever a load
/// formula's code changes its figures, which invalidates every stored load.
/// </summary>
public static class LoadInputsKey
{
    public const int FormulaVersion = 1;

    /// <summary>e.g. "v1;rest=48;max=188;lthr=-;tpace=262;trimp=0.64/1.92;gap=30;grade=20;norm=30^4".</summary>
    public static string Of(LoadProfile profile, LoadSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        settings ??= LoadSettings.Default;
        var key = new StringBuilder();
        key.Append(CultureInfo.InvariantCulture, $"v{FormulaVersion}");
        Append(key, "rest", profile.RestingHeartRate?.BeatsPerMinute);
        Append(key, "max", profile.MaxHeartRate?.BeatsPerMinute);
        Append(key, "lthr", profile.LactateThresholdHeartRate?.BeatsPerMinute);
        Append(key, "tpace", profile.ThresholdPace?.SecondsPerKilometer);
        key.Append(CultureInfo.InvariantCulture, $";trimp={profile.TrimpCoefficients.A:R}/{profile.TrimpCoefficients.B:R}");
        Append(key, "gap", settings.MaxSampleGapS);
        Append(key, "grade", settings.GradeWindowM);
        key.Append(CultureInfo.InvariantCulture, $";norm={settings.NormalisingWindowS:R}^{settings.NormalisingExponent:R}");
        return key.ToString();
    }

    // "R" keeps every bit of the double, so two profiles with the same key give the same values.
    private static void Append(StringBuilder key, string name, double? value) =>
        key.Append(CultureInfo.InvariantCulture, $";{name}={(value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "-")}");
}
