using System.Globalization;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Formats.Calendar;

/// <summary>
/// Quantities of a prescription as a runner reads them, in the chosen units: distances ("400 m", "2 km",
/// "1.24 mi"), times ("10 min", "4:30"), pace bands ("4:05–4:15/km") and session titles ("Tempo 10.4 km").
/// Shared by the calendar and watch-workout exports so both say the same thing.
/// </summary>
public static class PrescriptionFormat
{
    public static string Distance(double metres, DistanceUnit units)
    {
        if (units == DistanceUnit.Miles)
            return string.Create(CultureInfo.InvariantCulture, $"{metres / Domain.Units.Distance.MetersPerMile:0.##} mi");
        return metres < 1000
            ? string.Create(CultureInfo.InvariantCulture, $"{metres:0} m")
            : string.Create(CultureInfo.InvariantCulture, $"{metres / 1000:0.##} km");
    }

    /// <summary>Whole minutes as "N min", anything else as m:ss or h:mm:ss.</summary>
    public static string Time(double seconds)
    {
        var rounded = Math.Round(seconds);
        return rounded % 60 == 0 && rounded < 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{rounded / 60:0} min")
            : new Duration(rounded).ToString();
    }

    /// <summary>"4:00–4:10/km": the fast bound first, the unit once.</summary>
    public static string Pace(PaceRange pace, DistanceUnit units) => units == DistanceUnit.Miles
        ? $"{new Duration(pace.Fast.SecondsPerMile)}–{new Duration(pace.Slow.SecondsPerMile)}/mi"
        : $"{new Duration(pace.Fast.SecondsPerKilometer)}–{new Duration(pace.Slow.SecondsPerKilometer)}/km";

    /// <summary>"Tempo", "Cruise intervals", "Strength & conditioning": the type id in words.</summary>
    public static string TypeName(SessionType type) => type switch
    {
        SessionType.Vo2Intervals => "VO2 intervals",
        SessionType.Long => "Long run",
        SessionType.Easy => "Easy run",
        SessionType.Recovery => "Recovery run",
        SessionType.Strength => "Strength & conditioning",
        _ => Capitalised(type.ToId().Replace('_', ' ')),
    };

    /// <summary>The type and, for a session with running distance, the distance: "Tempo 10.4 km".</summary>
    public static string Title(PlannedSession session, DistanceUnit units) =>
        session.DistanceM > 0 ? $"{TypeName(session.Type)} {Distance(session.DistanceM, units)}" : TypeName(session.Type);

    /// <summary>"2 km", "10 min", or both for a step sized by one and estimated by the other.</summary>
    public static string Size(SessionStep step, DistanceUnit units) => (step.DistanceM, step.DurationS) switch
    {
        ({ } m, _) => Distance(m, units),
        (null, { } s) => Time(s),
        _ => "open",
    };

    public static string KindName(StepKind kind) => kind switch
    {
        StepKind.WarmUp => "Warm-up",
        StepKind.Active => "Active",
        StepKind.Recovery => "Recovery",
        StepKind.CoolDown => "Cool-down",
        _ => "Repeat",
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
