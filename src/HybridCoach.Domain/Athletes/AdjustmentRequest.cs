using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Athletes;

/// <summary>
/// What the athlete asks to change, in words (<see cref="Text"/>, treated as quoted data everywhere) and in
/// structure: days they cannot train, a travel week, a race to add, or "feeling strong".
/// </summary>
public sealed record AdjustmentRequest(string? Text, IReadOnlyList<DateOnly> UnavailableDays, bool TravelWeek, RaceEntry? AddRace, bool FeelingStrong)
{
    public string? Text { get; } = AthleteGuard.Text(Text, 2000, "request");
    public IReadOnlyList<DateOnly> UnavailableDays { get; } = [.. (UnavailableDays ?? []).Distinct().Order()];

    public static AdjustmentRequest None { get; } = new(null, [], false, null, false);
}
