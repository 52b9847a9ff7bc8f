using HybridCoach.Formats.Fit.Profile;
using static HybridCoach.Formats.Fit.Writing.FitEncodingProfile;
using V = HybridCoach.Formats.Fit.Writing.FitEncodingValues;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Writes an activity file in the order a watch does (FIT Protocol, "Activity File" description):
/// file_id, device_info, timer start event, records with each lap message after its last record,
/// timer stop_all event before the final lap, then session and activity. The activity message's
/// local_timestamp minus its timestamp is the UTC offset the activity was recorded in.
/// </summary>
public static class FitActivityEncoder
{
    private const byte FileIdLocal = 0, DeviceInfoLocal = 1, EventLocal = 2, RecordLocal = 3;
    private const byte LapLocal = 4, SessionLocal = 5, ActivityLocal = 6;
    private const byte ProductNameBytes = 20;

    public static byte[] Encode(FitActivityToEncode activity)
    {
        FitActivityValidation.Validate(activity);
        var writer = new FitFileWriter();
        var startFitS = FitTime.ToFitSeconds(activity.StartTime);
        var endFitS = startFitS + (uint)activity.ElapsedS[^1];
        writer.WriteMessage(FileIdLocal, FileIdMessage(activity.Device, startFitS));
        writer.WriteMessage(DeviceInfoLocal, DeviceInfoMessage(activity.Device, startFitS));
        writer.WriteMessage(EventLocal, TimerEvent(startFitS, V.EventTypeStart));
        var laps = activity.Laps.Count > 0
            ? activity.Laps
            : [new FitLapToEncode(activity.SampleCount - 1, FitLapIntensity.Active, FitLapTrigger.SessionEnd)];
        var records = new FitRecordWriter(writer, RecordLocal, activity, startFitS);
        var from = 0;
        for (var k = 0; k < laps.Count; k++)
        {
            records.WriteThrough(laps[k].EndSampleIndex);
            if (k == laps.Count - 1) writer.WriteMessage(EventLocal, TimerEvent(endFitS, V.EventTypeStopAll));
            var summary = FitRangeSummary.Of(activity, from, laps[k].EndSampleIndex);
            writer.WriteMessage(LapLocal, FitSummaryMessages.Lap(activity, laps[k], (ushort)k, summary, startFitS));
            from = laps[k].EndSampleIndex;
        }
        var session = FitRangeSummary.Of(activity, 0, activity.SampleCount - 1);
        writer.WriteMessage(SessionLocal, FitSummaryMessages.Session(activity, laps.Count, session, startFitS));
        writer.WriteMessage(ActivityLocal, ActivityMessage(activity, endFitS));
        return writer.ToArray();
    }

    private static FitOutgoingMessage FileIdMessage(FitDeviceToEncode device, uint startFitS) =>
        new FitOutgoingMessage(FitMessageNumbers.FileId)
            .Enum(FileId.Type, V.FileTypeActivity)
            .UInt16(FileId.Manufacturer, device.Manufacturer)
            .UInt16(FileId.Product, device.Product)
            .UInt32z(FileId.SerialNumber, device.SerialNumber)
            .UInt32(FileId.TimeCreated, startFitS)
            .String(FileId.ProductName, device.ProductName, ProductNameBytes);

    private static FitOutgoingMessage DeviceInfoMessage(FitDeviceToEncode device, uint startFitS) =>
        new FitOutgoingMessage(FitMessageNumbers.DeviceInfo)
            .UInt32(Common.Timestamp, startFitS)
            .UInt8(DeviceInfo.DeviceIndex, 0)
            .UInt16(DeviceInfo.Manufacturer, device.Manufacturer)
            .UInt32z(DeviceInfo.SerialNumber, device.SerialNumber)
            .UInt16(DeviceInfo.Product, device.Product)
            .UInt16(DeviceInfo.SoftwareVersion, (ushort)Math.Round(device.SoftwareVersion * V.SoftwareVersionScale))
            .Enum(DeviceInfo.SourceType, V.SourceTypeLocal)
            .String(DeviceInfo.ProductName, device.ProductName, ProductNameBytes);

    private static FitOutgoingMessage TimerEvent(uint timestampFitS, byte eventType) =>
        new FitOutgoingMessage(FitMessageNumbers.Event)
            .UInt32(Common.Timestamp, timestampFitS)
            .Enum(Event.EventCode, V.EventTimer)
            .Enum(Event.EventType, eventType)
            .UInt8(Event.EventGroup, 0);

    private static FitOutgoingMessage ActivityMessage(FitActivityToEncode activity, uint endFitS)
    {
        var end = activity.StartTime.AddSeconds(activity.ElapsedS[^1]);
        return new FitOutgoingMessage(FitMessageNumbers.Activity)
            .UInt32(Common.Timestamp, endFitS)
            .UInt32(Activity.TotalTimerTime, FitScaling.Time(activity.ElapsedS[^1]))
            .UInt16(Activity.NumSessions, 1)
            .Enum(Activity.Type, V.ActivityTypeManual)
            .Enum(Activity.EventCode, V.EventActivity)
            .Enum(Activity.EventType, V.EventTypeStop)
            .UInt32(Activity.LocalTimestamp, FitTime.ToFitLocalSeconds(end));
    }
}
