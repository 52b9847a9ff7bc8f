using HybridCoach.Formats.Fit.Profile;
using static HybridCoach.Formats.Fit.Writing.FitEncodingProfile;
using V = HybridCoach.Formats.Fit.Writing.FitEncodingValues;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Composes lap (19) and session (18) messages from a <see cref="FitRangeSummary"/>. Both carry the
/// legacy 16-bit speeds and the enhanced 32-bit ones, as current watches do. A channel the activity
/// does not have is left out rather than written as invalid.
/// </summary>
public static class FitSummaryMessages
{
    public static FitOutgoingMessage Lap(FitActivityToEncode activity, FitLapToEncode lap, ushort index, FitRangeSummary s, uint startFitS)
    {
        var (sport, subSport) = FitSportCodes.For(activity.Sport);
        var m = new FitOutgoingMessage(FitMessageNumbers.Lap)
            .UInt16(Common.MessageIndex, index)
            .UInt32(Common.Timestamp, startFitS + (uint)activity.ElapsedS[s.ToIndex])
            .Enum(FitEncodingProfile.Lap.EventCode, V.EventLap)
            .Enum(FitEncodingProfile.Lap.EventType, V.EventTypeStop)
            .UInt32(FitEncodingProfile.Lap.StartTime, startFitS + (uint)activity.ElapsedS[s.FromIndex]);
        AddPositions(m, activity, s.FromIndex, FitEncodingProfile.Lap.StartPositionLat, FitEncodingProfile.Lap.StartPositionLong);
        AddPositions(m, activity, s.ToIndex, FitEncodingProfile.Lap.EndPositionLat, FitEncodingProfile.Lap.EndPositionLong);
        AddTotals(m, s, LapNumbers);
        return m
            .Enum(FitEncodingProfile.Lap.Intensity, (byte)lap.Intensity)
            .Enum(FitEncodingProfile.Lap.LapTrigger, (byte)lap.Trigger)
            .Enum(FitEncodingProfile.Lap.Sport, sport)
            .Enum(FitEncodingProfile.Lap.SubSport, subSport);
    }

    public static FitOutgoingMessage Session(FitActivityToEncode activity, int lapCount, FitRangeSummary s, uint startFitS)
    {
        var (sport, subSport) = FitSportCodes.For(activity.Sport);
        var m = new FitOutgoingMessage(FitMessageNumbers.Session)
            .UInt16(Common.MessageIndex, 0)
            .UInt32(Common.Timestamp, startFitS + (uint)activity.ElapsedS[^1])
            .Enum(FitEncodingProfile.Session.EventCode, V.EventSession)
            .Enum(FitEncodingProfile.Session.EventType, V.EventTypeStop)
            .UInt32(FitEncodingProfile.Session.StartTime, startFitS);
        AddPositions(m, activity, 0, FitEncodingProfile.Session.StartPositionLat, FitEncodingProfile.Session.StartPositionLong);
        m.Enum(FitEncodingProfile.Session.Sport, sport).Enum(FitEncodingProfile.Session.SubSport, subSport);
        AddTotals(m, s, SessionNumbers);
        return m
            .UInt16(FitEncodingProfile.Session.FirstLapIndex, 0)
            .UInt16(FitEncodingProfile.Session.NumLaps, (ushort)lapCount)
            .Enum(FitEncodingProfile.Session.Trigger, V.SessionTriggerActivityEnd);
    }

    private static void AddPositions(FitOutgoingMessage m, FitActivityToEncode activity, int index, byte latField, byte longField)
    {
        if (activity.LatitudesDeg is null) return;
        m.SInt32(latField, FitSemicircles.FromDegrees(activity.LatitudesDeg[index]))
         .SInt32(longField, FitSemicircles.FromDegrees(activity.LongitudesDeg![index]));
    }

    private static void AddTotals(FitOutgoingMessage m, FitRangeSummary s, SummaryFieldNumbers n)
    {
        // No pauses are encoded, so the timer time equals the elapsed time.
        m.UInt32(n.TotalElapsedTime, FitScaling.Time(s.ElapsedS))
         .UInt32(n.TotalTimerTime, FitScaling.Time(s.ElapsedS))
         .UInt32(n.TotalDistance, FitScaling.Distance(s.DistanceM))
         .UInt16(n.AvgSpeed, FitScaling.Speed16(s.AvgSpeedMps))
         .UInt16(n.MaxSpeed, FitScaling.Speed16(s.MaxSpeedMps))
         .UInt32(n.EnhancedAvgSpeed, FitScaling.Speed(s.AvgSpeedMps))
         .UInt32(n.EnhancedMaxSpeed, FitScaling.Speed(s.MaxSpeedMps))
         .UInt8IfAny(n.AvgHeartRate, s.AvgHeartRateBpm)
         .UInt8IfAny(n.MaxHeartRate, s.MaxHeartRateBpm);
        if (s.AvgCadenceRpm is { } avgCadence && s.MaxCadenceRpm is { } maxCadence)
        {
            var (avgWhole, avgFraction) = FitScaling.Cadence(avgCadence);
            var (maxWhole, maxFraction) = FitScaling.Cadence(maxCadence);
            m.UInt8(n.AvgCadence, avgWhole).UInt8(n.MaxCadence, maxWhole)
             .UInt8(n.AvgFractionalCadence, avgFraction).UInt8(n.MaxFractionalCadence, maxFraction);
        }
        m.UInt16IfAny(n.AvgPower, s.AvgPowerW).UInt16IfAny(n.MaxPower, s.MaxPowerW);
        if (s.AscentM is { } ascent && s.DescentM is { } descent)
            m.UInt16(n.TotalAscent, FitScaling.Metres16(ascent)).UInt16(n.TotalDescent, FitScaling.Metres16(descent));
    }

    private sealed record SummaryFieldNumbers(
        byte TotalElapsedTime, byte TotalTimerTime, byte TotalDistance, byte AvgSpeed, byte MaxSpeed,
        byte EnhancedAvgSpeed, byte EnhancedMaxSpeed, byte AvgHeartRate, byte MaxHeartRate,
        byte AvgCadence, byte MaxCadence, byte AvgFractionalCadence, byte MaxFractionalCadence,
        byte AvgPower, byte MaxPower, byte TotalAscent, byte TotalDescent);

    private static readonly SummaryFieldNumbers LapNumbers = new(
        FitEncodingProfile.Lap.TotalElapsedTime, FitEncodingProfile.Lap.TotalTimerTime, FitEncodingProfile.Lap.TotalDistance,
        FitEncodingProfile.Lap.AvgSpeed, FitEncodingProfile.Lap.MaxSpeed, FitEncodingProfile.Lap.EnhancedAvgSpeed,
        FitEncodingProfile.Lap.EnhancedMaxSpeed, FitEncodingProfile.Lap.AvgHeartRate, FitEncodingProfile.Lap.MaxHeartRate,
        FitEncodingProfile.Lap.AvgCadence, FitEncodingProfile.Lap.MaxCadence, FitEncodingProfile.Lap.AvgFractionalCadence,
        FitEncodingProfile.Lap.MaxFractionalCadence, FitEncodingProfile.Lap.AvgPower, FitEncodingProfile.Lap.MaxPower,
        FitEncodingProfile.Lap.TotalAscent, FitEncodingProfile.Lap.TotalDescent);

    private static readonly SummaryFieldNumbers SessionNumbers = new(
        FitEncodingProfile.Session.TotalElapsedTime, FitEncodingProfile.Session.TotalTimerTime, FitEncodingProfile.Session.TotalDistance,
        FitEncodingProfile.Session.AvgSpeed, FitEncodingProfile.Session.MaxSpeed, FitEncodingProfile.Session.EnhancedAvgSpeed,
        FitEncodingProfile.Session.EnhancedMaxSpeed, FitEncodingProfile.Session.AvgHeartRate, FitEncodingProfile.Session.MaxHeartRate,
        FitEncodingProfile.Session.AvgCadence, FitEncodingProfile.Session.MaxCadence, FitEncodingProfile.Session.AvgFractionalCadence,
        FitEncodingProfile.Session.MaxFractionalCadence, FitEncodingProfile.Session.AvgPower, FitEncodingProfile.Session.MaxPower,
        FitEncodingProfile.Session.TotalAscent, FitEncodingProfile.Session.TotalDescent);
}
