namespace HybridCoach.Application.Demo;

/// <summary>Where the simulated athlete is, second by second.</summary>
public sealed class MotionState
{
    public int ElapsedS { get; set; }
    public double DistanceM { get; set; }
    public double SpeedMps { get; set; }
    public double Grade { get; set; }

    /// <summary>Slow relative wander of speed around the target (an AR(1) process).</summary>
    public double Wander { get; set; }
}
