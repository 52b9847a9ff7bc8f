using HybridCoach.Application.Plans.Records;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Coaching.Records;

/// <summary>A stored check-in request in structure (the words are kept too, as quoted data).</summary>
public sealed record AdjustmentRequestRecord(string? Text, IReadOnlyList<DateOnly> UnavailableDays, bool TravelWeek, RaceEntryRecord? AddRace, bool FeelingStrong)
{
    public static AdjustmentRequestRecord From(AdjustmentRequest r) =>
        new(r.Text, r.UnavailableDays, r.TravelWeek, r.AddRace is { } race ? RaceEntryRecord.From(race) : null, r.FeelingStrong);

    public AdjustmentRequest ToRequest() => new(Text, UnavailableDays ?? [], TravelWeek, AddRace?.ToRace(), FeelingStrong);
}
