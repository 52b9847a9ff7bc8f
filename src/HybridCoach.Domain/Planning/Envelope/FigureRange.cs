namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>A closed range of a plan figure taken from the published plans (<see cref="ReferenceEnvelope"/>).</summary>
public sealed record FigureRange(double Min, double Max)
{
    public double Min { get; } = Min <= Max ? Min : throw new ArgumentException($"range {Min}–{Max}: minimum above maximum");

    public bool Contains(double value, double tolerance = 0) => value >= Min - tolerance && value <= Max + tolerance;

    /// <summary>The point at <paramref name="position"/> (0 = the minimum, 1 = the maximum).</summary>
    public double At(double position) => Min + (Max - Min) * Math.Clamp(position, 0, 1);
}
