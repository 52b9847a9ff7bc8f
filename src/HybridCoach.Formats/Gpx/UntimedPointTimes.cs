using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Xml;

namespace HybridCoach.Formats.Gpx;

/// <summary>
/// What to do with track points that have no time. An activity is a record in time, so:
/// a point between two timed points gets a time interpolated along the path (by haversine distance,
/// else by position in the file), keeping its position and so the distance it adds; points before the
/// first or after the last timed point cannot be placed and are dropped; a track with no time at all
/// is a drawn route, not a recording, and the reader refuses it.
/// </summary>
public static class UntimedPointTimes
{
    public sealed record Result(List<TrackPoint> Points, int Interpolated, int Dropped);

    public static Result Fill(IReadOnlyList<TrackPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var kept = new List<TrackPoint>(points.Count);
        int interpolated = 0, previousTimed = -1;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Time is null) continue;
            if (previousTimed >= 0 && i - previousTimed > 1)
            {
                AddInterpolated(points, previousTimed, i, kept);
                interpolated += i - previousTimed - 1;
            }
            kept.Add(points[i]);
            previousTimed = i;
        }
        return new Result(kept, interpolated, points.Count - kept.Count);
    }

    private static void AddInterpolated(IReadOnlyList<TrackPoint> points, int from, int to, List<TrackPoint> kept)
    {
        var along = new double[to - from + 1];
        for (var j = from + 1; j <= to; j++)
        {
            var a = points[j - 1];
            var b = points[j];
            along[j - from] = along[j - from - 1] + (a.HasPosition && b.HasPosition
                ? GeoDistance.HaversineM(a.LatitudeDeg, a.LongitudeDeg, b.LatitudeDeg, b.LongitudeDeg)
                : 0);
        }
        var total = along[^1];
        var start = points[from].Time!.Value;
        var span = points[to].Time!.Value - start;
        for (var j = from + 1; j < to; j++)
        {
            var fraction = total > 0 ? along[j - from] / total : (double)(j - from) / (to - from);
            kept.Add(points[j] with { Time = start + span * fraction });
        }
    }
}
