using HybridCoach.Domain.Activities;

namespace HybridCoach.Cli.Output;

public sealed record ActivityDetailJson(
    ActivityJson Activity,
    IReadOnlyList<LapJson> Laps,
    IReadOnlyList<SplitJson> SplitsKm,
    IReadOnlyList<SplitJson> SplitsMi,
    IReadOnlyList<BestEffortJson> BestEfforts,
    int SampleCount,
    IReadOnlyList<string> Channels)
{
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
