namespace HybridCoach.Application.Demo;

/// <summary>
/// Heart rate, cadence and power for one sample from speed and grade (a synthetic model, tuned rather
/// than taken from one paper). Running effort is speed relative to threshold speed, raised on climbs;
/// the heart-rate reserve fraction 1.1 × effort − 0.28 puts easy running near 60 % and threshold near
/// 82 % of reserve. Cadence rises only a little with speed, since runners speed up mostly by longer
/// strides (Cavanagh &amp; Kram 1989, Med Sci Sports Exerc 21:467-479): 170 steps/min at 3 m/s plus 8 per
/// m/s. Riding effort is power (see <see cref="CyclingPower"/>) relative to threshold power.
/// </summary>
public sealed class SampleEffort
{
    private readonly DemoAthleteProfile _profile;
    private readonly bool _isRide;
    private readonly Random _random;
    private readonly HeartRateResponse _heartRate;

    public SampleEffort(DemoAthleteProfile profile, bool isRide, Random random)
    {
        _profile = profile;
        _isRide = isRide;
        _random = random;
        _heartRate = new HeartRateResponse(profile.RestingHeartRateBpm, profile.MaxHeartRateBpm);
        DayFactor = 1 + Math.Clamp(0.015 * random.NextGaussian(), -0.03, 0.03);
    }

    /// <summary>How fast the athlete feels today: a factor on every target speed.</summary>
    public double DayFactor { get; }

    public void Record(SampleColumns columns, MotionState state)
    {
        double reserveFraction;
        if (_isRide)
        {
            var power = CyclingPower.Watts(state.SpeedMps, state.Grade, _profile.BodyMassKg);
            reserveFraction = 0.25 + 0.6 * power / _profile.FunctionalThresholdPowerW;
            columns.PowerW.Add((ushort)Math.Round(Math.Max(0, power * (1 + 0.05 * _random.NextGaussian()))));
            columns.CadenceRpm.Add(Math.Round(88 + 3 * _random.NextGaussian()));
        }
        else
        {
            var effort = state.SpeedMps / _profile.ThresholdSpeedMps * (1 + 3 * state.Grade);
            reserveFraction = 1.1 * effort - 0.28;
            var stepsPerMin = Math.Clamp(170 + 8 * (state.SpeedMps - 3.0) + 1.5 * _random.NextGaussian(), 160, 190);
            columns.CadenceRpm.Add(Math.Round(stepsPerMin) / 2); // FIT running cadence counts strides
        }
        var bpm = _heartRate.Step(reserveFraction, state.ElapsedS) + 0.7 * _random.NextGaussian();
        columns.HeartRateBpm.Add((byte)Math.Clamp(Math.Round(bpm), 40, 220));
    }
}
