namespace HybridCoach.Domain.Tests.Performance;

/// <summary>Reads the published tables' time notation: "67" (s), "8:30" (m:ss), "98:14" (mm:ss), "2:21:04" (h:mm:ss).</summary>
internal static class TableTime
{
    public static double Seconds(string text) =>
        text.Split(':').Aggregate(0.0, (total, part) => total * 60 + double.Parse(part, System.Globalization.CultureInfo.InvariantCulture));
}
