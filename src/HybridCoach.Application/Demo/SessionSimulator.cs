using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Application.Demo;

/// <summary>
/// Turns a planned session into 1 s samples: speed chases the segment's target through a short
/// acceleration lag with slow random wander and slows on climbs; distance integrates speed; position
/// is that distance along the route; altitude comes from the terrain; heart rate, cadence and (for
/// rides) power follow the effort. Laps close every km inside auto-lapped segments and at segment ends.
/// </summary>
public sealed class SessionSimulator(DemoAthleteProfile profile)
{
    private const double AccelerationTimeConstantS = 4;
    private const double MinLapTailM = 50;
    private readonly LocalProjection _projection = new(profile.HomeLatitudeDeg, profile.HomeLongitudeDeg);

    public FitActivityToEncode Simulate(PlannedSession session, Random random)
    {
        var route = ChooseRoute(session, random);
        var isRide = session.Kind == DemoSessionKind.Ride;
        var effort = new SampleEffort(profile, isRide, random);
        var columns = new SampleColumns((int)(session.DistanceM / 2.5));
        var laps = new List<FitLapToEncode>();
        var state = new MotionState();
        Add(columns, state, route, effort);
        for (var s = 0; s < session.Segments.Count; s++)
        {
            var segment = session.Segments[s];
            var segmentEndM = state.DistanceM + segment.DistanceM;
            var nextKmM = state.DistanceM + 1000;
            while (state.DistanceM < segmentEndM)
            {
                Advance(state, segment, effort, isRide, random);
                Add(columns, state, route, effort);
                if (segment.LapEveryKm && state.DistanceM >= nextKmM && state.DistanceM < segmentEndM - MinLapTailM)
                {
                    laps.Add(new FitLapToEncode(columns.Count - 1, segment.Intensity, FitLapTrigger.Distance));
                    nextKmM += 1000;
                }
            }
            var trigger = s == session.Segments.Count - 1 ? FitLapTrigger.SessionEnd : FitLapTrigger.Distance;
            laps.Add(new FitLapToEncode(columns.Count - 1, segment.Intensity, trigger));
        }
        return ToActivity(session, columns, laps, isRide);
    }

    private void Advance(MotionState state, WorkoutSegment segment, SampleEffort effort, bool isRide, Random random)
    {
        state.ElapsedS++;
        state.Wander = 0.97 * state.Wander + 0.006 * random.NextGaussian();
        var hill = Math.Clamp(1 - (isRide ? 6 : 2) * state.Grade, 0.5, 1.4);
        var target = segment.TargetSpeedMps * effort.DayFactor * hill * (1 + state.Wander);
        state.SpeedMps += (target - state.SpeedMps) / AccelerationTimeConstantS;
        state.DistanceM += state.SpeedMps;
    }

    private void Add(SampleColumns columns, MotionState state, DemoRoute route, SampleEffort effort)
    {
        var (north, east) = route.PositionAt(state.DistanceM);
        var (altitudeNorth, altitudeEast) = route.IsFlat ? route.Start : (north, east);
        var altitude = DemoTerrain.AltitudeM(profile.HomeAltitudeM, altitudeNorth, altitudeEast);
        if (columns.Count > 0)
        {
            var stepM = state.DistanceM - columns.DistanceM[^1];
            state.Grade = stepM > 0.5 ? Math.Clamp((altitude - columns.AltitudeM[^1]) / stepM, -0.1, 0.1) : 0;
        }
        columns.ElapsedS.Add(state.ElapsedS);
        columns.DistanceM.Add(state.DistanceM);
        columns.SpeedMps.Add(state.SpeedMps);
        columns.LatitudeDeg.Add(_projection.LatitudeDeg(north));
        columns.LongitudeDeg.Add(_projection.LongitudeDeg(east));
        columns.AltitudeM.Add(altitude);
        effort.Record(columns, state);
    }

    private DemoRoute ChooseRoute(PlannedSession session, Random random) => session.Kind switch
    {
        DemoSessionKind.Intervals => DemoRoute.Track(profile.TrackNorthM, profile.TrackEastM),
        DemoSessionKind.Ride => DemoRoute.Loop(random, random.NextBetween(3500, 5500)),
        _ when random.Next(2) == 0 => DemoRoute.OutAndBack(random, session.DistanceM),
        _ => DemoRoute.Loop(random, random.NextBetween(450, 1100)),
    };

    private static FitActivityToEncode ToActivity(PlannedSession session, SampleColumns c, List<FitLapToEncode> laps, bool isRide)
    {
        var offset = CentralEuropeanTime.OffsetOn(session.Date);
        return new FitActivityToEncode
        {
            StartTime = new DateTimeOffset(session.Date.ToDateTime(session.LocalStart), offset),
            Sport = isRide ? Sport.Cycling : Sport.Running,
            ElapsedS = [.. c.ElapsedS],
            DistancesM = [.. c.DistanceM],
            SpeedsMps = [.. c.SpeedMps],
            LatitudesDeg = [.. c.LatitudeDeg],
            LongitudesDeg = [.. c.LongitudeDeg],
            AltitudesM = [.. c.AltitudeM],
            HeartRatesBpm = [.. c.HeartRateBpm],
            CadencesRpm = [.. c.CadenceRpm],
            PowersW = isRide ? [.. c.PowerW] : null,
            Laps = laps,
        };
    }
}
