using System.Text.Json.Serialization;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Contracts;

public sealed record ActivityDetailJson(
    ActivityJson Activity,
    IReadOnlyList<LapJson> Laps,
    IReadOnlyList<SplitJson> SplitsKm,
    IReadOnlyList<SplitJson> SplitsMi,
    IReadOnlyList<BestEffortJson> BestEfforts,
    int SampleCount,
    IReadOnlyList<string> Channels)
{
    /// <summary>`coach activity show`: every load measure with its derivation (absent for `coach inspect`).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ActivityLoadJson>? Loads { get; init; }

    /// <summary>Where the threshold pace behind the loads came from: profile, estimated or none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LoadThresholdPaceSource { get; init; }

    public static ActivityDetailJson From(Activity activity) => new(
        ActivityJson.From(activity),
        activity.Laps.Select(LapJson.From).ToArray(),
        activity.KilometerSplits.Select(SplitJson.From).ToArray(),
        activity.MileSplits.Select(SplitJson.From).ToArray(),
        activity.BestEfforts.Select(BestEffortJson.From).ToArray(),
        activity.Samples.Count,
        activity.Samples.Channels.Select(ChannelId).ToArray());

    private static string ChannelId(SampleChannel channel) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(channel.ToString());
}
