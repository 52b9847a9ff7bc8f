namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Enum values from the FIT profile's "Types" sheet, and the scales and offsets of the scaled fields the
/// encoder writes (the Messages sheet's scale/offset columns).
/// </summary>
public static class FitEncodingValues
{
    public const byte FileTypeActivity = 4;             // file: activity
    public const ushort ManufacturerDevelopment = 255;  // manufacturer: development
    public const byte SourceTypeLocal = 5;              // source_type: local (the recording device itself)
    public const byte EventTimer = 0;                   // event: timer
    public const byte EventSession = 8;                 // event: session
    public const byte EventLap = 9;                     // event: lap
    public const byte EventActivity = 26;               // event: activity
    public const byte EventTypeStart = 0;               // event_type: start
    public const byte EventTypeStop = 1;                // event_type: stop
    public const byte EventTypeStopAll = 4;             // event_type: stop_all
    public const byte SessionTriggerActivityEnd = 0;    // session_trigger: activity_end
    public const byte ActivityTypeManual = 0;           // activity: manual (one session, not multisport)

    public const double TimeScale = 1000;               // total_*_time: scale 1000, s
    public const double DistanceScale = 100;            // distance / total_distance: scale 100, m
    public const double SpeedScale = 1000;              // speed fields: scale 1000, m/s
    public const double AltitudeScale = 5;              // enhanced_altitude: scale 5 ...
    public const double AltitudeOffsetM = 500;          // ... offset 500, m
    public const double FractionalCadenceScale = 128;   // fractional_cadence: scale 128, rpm
    public const double SoftwareVersionScale = 100;     // device_info.software_version: scale 100
}
