using System.Globalization;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Manual;

/// <summary>Parses the other typed values of a manual entry; every error names the input and the reason.</summary>
public static class EntryText
{
    // Sanity bounds, not physiology: values outside them are typos (a pace typed as a heart rate).
    public const int MinHeartRateBpm = 25;
    public const int MaxHeartRateBpm = 250;

    /// <summary>
    /// A date as yyyy-mm-dd between <see cref="EarliestDate"/> and <see cref="LatestDate"/> (a date near year 1 or 9999
    /// left date arithmetic out of range instead of naming the input: issue 15 item 8).
    /// </summary>
    public static DateOnly ParseDate(string text, string inputName = "date")
    {
        if (!DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new EntryFormatException(inputName, text ?? "", "expected a date as yyyy-mm-dd");
        return date >= EarliestDate && date <= LatestDate ? date
            : throw new EntryFormatException(inputName, text ?? "", $"expected a date from {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}");
    }

    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    public static TimeOnly ParseTime(string text, string inputName = "start") =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new EntryFormatException(inputName, text ?? "", "expected a time of day as hh:mm or hh:mm:ss");

    public static HeartRate ParseHeartRate(string text, string inputName = "avg_hr")
    {
        if (!double.TryParse((text ?? "").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var bpm)
            || bpm < MinHeartRateBpm || bpm > MaxHeartRateBpm)
            throw new EntryFormatException(inputName, text ?? "", $"expected beats per minute between {MinHeartRateBpm} and {MaxHeartRateBpm}");
        return new HeartRate(bpm);
    }

    /// <summary>Rating of perceived exertion on the 1–10 scale of session RPE (Foster et al., 2001, J Strength Cond Res 15(1):109–115).</summary>
    public static int ParseRpe(string text, string inputName = "rpe") =>
        int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rpe) && rpe is >= 1 and <= 10
            ? rpe
            : throw new EntryFormatException(inputName, text ?? "", "expected a whole number from 1 to 10");

    public static Sport ParseSport(string text, string inputName = "sport") =>
        SportExtensions.ParseSport(text)
        ?? throw new EntryFormatException(inputName, text ?? "",
            "unknown sport; use run, trail_run, treadmill_run, walk, hike, ride, swim, row, strength, cross_training or other");
}
