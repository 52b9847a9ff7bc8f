using HybridCoach.Domain.Units;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The stable text of a split's unit in storage.</summary>
internal static class SplitUnit
{
    public static string ToId(DistanceUnit unit) => unit == DistanceUnit.Miles ? "mi" : "km";

    public static DistanceUnit Parse(string id) => id == "mi" ? DistanceUnit.Miles : DistanceUnit.Kilometers;
}
