using HybridCoach.Formats.Fit.Profile;
using static HybridCoach.Formats.Fit.Writing.FitEncodingProfile;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Writes the record messages (20) of an activity: one definition naming the channels the activity has,
/// then one data message per sample, in order, as a watch records them. Values are scaled per the FIT
/// profile's record row (see <see cref="FitEncodingProfile.Record"/> and <see cref="FitEncodingValues"/>).
/// </summary>
public sealed class FitRecordWriter
{
    private readonly FitFileWriter _writer;
    private readonly byte _localMessageType;
    private readonly FitActivityToEncode _activity;
    private readonly uint _startFitS;
    private int _next;

    public FitRecordWriter(FitFileWriter writer, byte localMessageType, FitActivityToEncode activity, uint startFitS)
    {
        _writer = writer;
        _localMessageType = localMessageType;
        _activity = activity;
        _startFitS = startFitS;
        writer.WriteDefinition(localMessageType, DefinitionFor(activity));
    }

    public static FitWriteDefinition DefinitionFor(FitActivityToEncode activity)
    {
        var fields = new List<FitWriteField> { FitWriteField.Of(Common.Timestamp, FitBaseType.UInt32) };
        if (activity.LatitudesDeg is not null)
        {
            fields.Add(FitWriteField.Of(Record.PositionLat, FitBaseType.SInt32));
            fields.Add(FitWriteField.Of(Record.PositionLong, FitBaseType.SInt32));
        }
        fields.Add(FitWriteField.Of(Record.Distance, FitBaseType.UInt32));
        fields.Add(FitWriteField.Of(Record.EnhancedSpeed, FitBaseType.UInt32));
        if (activity.AltitudesM is not null) fields.Add(FitWriteField.Of(Record.EnhancedAltitude, FitBaseType.UInt32));
        if (activity.HeartRatesBpm is not null) fields.Add(FitWriteField.Of(Record.HeartRate, FitBaseType.UInt8));
        if (activity.CadencesRpm is not null)
        {
            fields.Add(FitWriteField.Of(Record.Cadence, FitBaseType.UInt8));
            fields.Add(FitWriteField.Of(Record.FractionalCadence, FitBaseType.UInt8));
        }
        if (activity.PowersW is not null) fields.Add(FitWriteField.Of(Record.Power, FitBaseType.UInt16));
        return new FitWriteDefinition(FitMessageNumbers.Record, fields);
    }

    /// <summary>Writes every sample not yet written up to and including <paramref name="lastIndex"/>.</summary>
    public void WriteThrough(int lastIndex)
    {
        for (; _next <= lastIndex; _next++)
        {
            WriteSample(_next);
        }
    }

    private void WriteSample(int i)
    {
        var a = _activity;
        _writer.BeginDataMessage(_localMessageType);
        _writer.WriteUInt32(_startFitS + (uint)a.ElapsedS[i]);
        if (a.LatitudesDeg is not null)
        {
            _writer.WriteSInt32(FitSemicircles.FromDegrees(a.LatitudesDeg[i]));
            _writer.WriteSInt32(FitSemicircles.FromDegrees(a.LongitudesDeg![i]));
        }
        _writer.WriteUInt32(FitScaling.Distance(a.DistancesM[i]));
        _writer.WriteUInt32(FitScaling.Speed(a.SpeedsMps[i]));
        if (a.AltitudesM is not null) _writer.WriteUInt32(FitScaling.Altitude(a.AltitudesM[i]));
        if (a.HeartRatesBpm is not null) _writer.WriteUInt8(a.HeartRatesBpm[i]);
        if (a.CadencesRpm is not null)
        {
            var (whole, fraction) = FitScaling.Cadence(a.CadencesRpm[i]);
            _writer.WriteUInt8(whole);
            _writer.WriteUInt8(fraction);
        }
        if (a.PowersW is not null) _writer.WriteUInt16(a.PowersW[i]);
    }
}
