using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>Builds steps with exact pace ranges from a <see cref="PaceBook"/>, the pace written in the display unit.</summary>
public sealed class StepMaker(PaceBook paces, DistanceUnit units)
{
    public PaceBook Paces { get; } = paces;
    public DistanceUnit Units { get; } = units;

    public SessionStep ByTime(StepKind kind, Intensity intensity, double seconds, string what)
    {
        var range = Paces.Range(intensity);
        return new SessionStep(kind, null, Math.Round(seconds), range, PaceBook.ZoneOf(intensity),
            $"{what}: {Minutes(seconds)} at {range.ToString(Units)}");
    }

    public SessionStep ByDistance(StepKind kind, Intensity intensity, double meters, string what)
    {
        var range = Paces.Range(intensity);
        return new SessionStep(kind, RoundDistance(meters), null, range, PaceBook.ZoneOf(intensity),
            $"{what}: {DistanceText(RoundDistance(meters))} at {range.ToString(Units)}");
    }

    /// <summary>A step at a given pace range (e.g. % of goal race pace), its zone the one holding the mid pace.</summary>
    public SessionStep AtRange(StepKind kind, PaceRange range, double? meters, double? seconds, string what)
    {
        var size = meters is { } m ? DistanceText(m) : Minutes(seconds ?? 0);
        var band = Paces.WithinZoneOfMid(range);
        return new SessionStep(kind, meters, seconds is { } s ? Math.Round(s) : null,
            band, Paces.ZoneOf(band.Mid), $"{what}: {size} at {band.ToString(Units)}");
    }

    public SessionStep WarmUp(double seconds = 15 * 60) => ByTime(StepKind.WarmUp, Intensity.Easy, seconds, "Warm-up, easy");

    public SessionStep CoolDown(double seconds = 10 * 60) => ByTime(StepKind.CoolDown, Intensity.Easy, seconds, "Cool-down, easy");

    public SessionStep Jog(double seconds) => ByTime(StepKind.Recovery, Intensity.Recovery, seconds, "Recovery jog");

    public static double RoundDistance(double meters) => meters >= 2000 ? Math.Round(meters / 100) * 100 : Math.Round(meters / 10) * 10;

    public string DistanceText(double meters) => Units == DistanceUnit.Miles
        ? FormattableString.Invariant($"{meters / Distance.MetersPerMile:0.##} mi")
        : meters >= 1000 ? FormattableString.Invariant($"{meters / 1000:0.##} km") : FormattableString.Invariant($"{meters:0} m");

    public static string Minutes(double seconds) => seconds >= 60 && seconds % 60 == 0
        ? FormattableString.Invariant($"{seconds / 60:0} min")
        : seconds >= 60 ? FormattableString.Invariant($"{seconds / 60:0.#} min") : FormattableString.Invariant($"{seconds:0} s");
}
