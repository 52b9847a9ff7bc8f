namespace HybridCoach.Formats.Fit.Writing;

/// <summary>The recording device named in file_id and device_info.</summary>
public sealed record FitDeviceToEncode(
    ushort Manufacturer,
    ushort Product,
    uint SerialNumber,
    string ProductName,
    double SoftwareVersion)
{
    /// <summary>A development-manufacturer device (manufacturer 255 is reserved for development use).</summary>
    public static FitDeviceToEncode Default { get; } =
        new(FitEncodingValues.ManufacturerDevelopment, 1, 12345678, "HybridCoach", 1.0);
}
