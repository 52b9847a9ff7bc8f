namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// The FIT profile numbers the encoder writes (FIT SDK Profile.xlsx as published in the FIT protocol
/// documentation, "Messages" and "Types" sheets; profile 21.x). Message numbers are the mesg_num type;
/// field numbers, scales and offsets are those of each message's row. A scaled field stores
/// (value + offset) × scale, the inverse of the profile's value = stored / scale − offset.
/// </summary>
public static class FitEncodingProfile
{
    /// <summary>Fields every message may carry: timestamp (date_time, s) and message_index.</summary>
    public static class Common
    {
        public const byte Timestamp = 253;
        public const byte MessageIndex = 254;
    }

    /// <summary>file_id message (0).</summary>
    public static class FileId
    {
        public const byte Type = 0;          // enum file
        public const byte Manufacturer = 1;  // uint16 manufacturer
        public const byte Product = 2;       // uint16
        public const byte SerialNumber = 3;  // uint32z
        public const byte TimeCreated = 4;   // uint32 date_time
        public const byte ProductName = 8;   // string
    }

    /// <summary>device_info message (23).</summary>
    public static class DeviceInfo
    {
        public const byte DeviceIndex = 0;      // uint8 device_index, 0 = creator
        public const byte Manufacturer = 2;     // uint16 manufacturer
        public const byte SerialNumber = 3;     // uint32z
        public const byte Product = 4;          // uint16
        public const byte SoftwareVersion = 5;  // uint16, scale 100
        public const byte SourceType = 25;      // enum source_type
        public const byte ProductName = 27;     // string
    }

    /// <summary>event message (21).</summary>
    public static class Event
    {
        public const byte EventCode = 0;   // enum event
        public const byte EventType = 1;   // enum event_type
        public const byte EventGroup = 4;  // uint8
    }

    /// <summary>record message (20).</summary>
    public static class Record
    {
        public const byte PositionLat = 0;         // sint32, semicircles
        public const byte PositionLong = 1;        // sint32, semicircles
        public const byte HeartRate = 3;           // uint8, bpm
        public const byte Cadence = 4;             // uint8, rpm (strides/min for running)
        public const byte Distance = 5;            // uint32, scale 100, m
        public const byte Power = 7;               // uint16, watts
        public const byte FractionalCadence = 53;  // uint8, scale 128, rpm
        public const byte EnhancedSpeed = 73;      // uint32, scale 1000, m/s
        public const byte EnhancedAltitude = 78;   // uint32, scale 5, offset 500, m
    }

    /// <summary>lap message (19); session (18) shares the meaning of the fields it has under other numbers.</summary>
    public static class Lap
    {
        public const byte EventCode = 0, EventType = 1, StartTime = 2;
        public const byte StartPositionLat = 3, StartPositionLong = 4, EndPositionLat = 5, EndPositionLong = 6;
        public const byte TotalElapsedTime = 7, TotalTimerTime = 8;  // uint32, scale 1000, s
        public const byte TotalDistance = 9;                         // uint32, scale 100, m
        public const byte AvgSpeed = 13, MaxSpeed = 14;              // uint16, scale 1000, m/s
        public const byte AvgHeartRate = 15, MaxHeartRate = 16;      // uint8, bpm
        public const byte AvgCadence = 17, MaxCadence = 18;          // uint8, rpm
        public const byte AvgPower = 19, MaxPower = 20;              // uint16, watts
        public const byte TotalAscent = 21, TotalDescent = 22;       // uint16, m
        public const byte Intensity = 23, LapTrigger = 24, Sport = 25, SubSport = 39;
        public const byte AvgFractionalCadence = 80, MaxFractionalCadence = 81;  // uint8, scale 128
        public const byte EnhancedAvgSpeed = 110, EnhancedMaxSpeed = 111;       // uint32, scale 1000
    }

    /// <summary>session message (18).</summary>
    public static class Session
    {
        public const byte EventCode = 0, EventType = 1, StartTime = 2;
        public const byte StartPositionLat = 3, StartPositionLong = 4, Sport = 5, SubSport = 6;
        public const byte TotalElapsedTime = 7, TotalTimerTime = 8;  // uint32, scale 1000, s
        public const byte TotalDistance = 9;                         // uint32, scale 100, m
        public const byte AvgSpeed = 14, MaxSpeed = 15;              // uint16, scale 1000, m/s
        public const byte AvgHeartRate = 16, MaxHeartRate = 17;      // uint8, bpm
        public const byte AvgCadence = 18, MaxCadence = 19;          // uint8, rpm
        public const byte AvgPower = 20, MaxPower = 21;              // uint16, watts
        public const byte TotalAscent = 22, TotalDescent = 23;       // uint16, m
        public const byte FirstLapIndex = 25, NumLaps = 26, Trigger = 28;
        public const byte AvgFractionalCadence = 92, MaxFractionalCadence = 93;  // uint8, scale 128
        public const byte EnhancedAvgSpeed = 124, EnhancedMaxSpeed = 125;       // uint32, scale 1000
    }

    /// <summary>activity message (34).</summary>
    public static class Activity
    {
        public const byte TotalTimerTime = 0;  // uint32, scale 1000, s
        public const byte NumSessions = 1;     // uint16
        public const byte Type = 2;            // enum activity
        public const byte EventCode = 3, EventType = 4;
        public const byte LocalTimestamp = 5;  // uint32 local_date_time
    }
}
