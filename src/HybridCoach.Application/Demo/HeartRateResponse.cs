namespace HybridCoach.Application.Demo;

/// <summary>
/// Heart rate that follows effort with a lag and drifts up over long efforts (a synthetic model). The
/// steady-state level is a fraction of heart-rate reserve (Karvonen et al. 1957); it is approached
/// exponentially, faster on the way up (time constant 30 s) than on the way down (60 s), as heart rate
/// rises quickly at the start of exercise and recovers more slowly. Cardiac drift adds 0.1 bpm a minute
/// after the first 15 minutes, about the 10-15 bpm per hour of prolonged moderate exercise described by
/// Coyle &amp; González-Alonso (2001, Exerc Sport Sci Rev 29:88-92).
/// </summary>
public sealed class HeartRateResponse(double restingBpm, double maxBpm)
{
    private const double RiseTimeConstantS = 30;
    private const double FallTimeConstantS = 60;
    private const double DriftBpmPerMinute = 0.1;
    private const double DriftOnsetS = 15 * 60;
    private double _currentBpm = restingBpm + 25;

    /// <summary>Advances one second at <paramref name="reserveFraction"/> of heart-rate reserve.</summary>
    public double Step(double reserveFraction, double elapsedS)
    {
        var drift = elapsedS > DriftOnsetS ? DriftBpmPerMinute * (elapsedS - DriftOnsetS) / 60 : 0;
        var target = Math.Min(maxBpm, restingBpm + (maxBpm - restingBpm) * Math.Clamp(reserveFraction, 0.2, 1.0) + drift);
        var tau = target > _currentBpm ? RiseTimeConstantS : FallTimeConstantS;
        _currentBpm += (target - _currentBpm) / tau;
        return _currentBpm;
    }
}
