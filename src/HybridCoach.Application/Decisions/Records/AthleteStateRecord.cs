using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>An <see cref="AthleteState"/> as stored in the audit record (kinds as snake_case ids, days as ISO dates), so a replay reads exactly what was in force.</summary>
public sealed record AthleteStateRecord(IReadOnlyList<OpenFlagRecord> Flags, IReadOnlyList<CoachHoldRecord> Holds, IReadOnlyList<string> UnavailableDays)
{
    public static AthleteStateRecord From(AthleteState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new([.. state.Flags.Select(OpenFlagRecord.From)], [.. state.Holds.Select(CoachHoldRecord.From)], [.. state.UnavailableDays.Select(RecordCodes.Date)]);
    }

    public AthleteState ToState() => new(
        [.. (Flags ?? []).Select(f => f.ToFlag())],
        [.. (Holds ?? []).Select(h => h.ToHold())],
        [.. (UnavailableDays ?? []).Select(d => RecordCodes.ParseDate(d, "unavailable day"))]);
}

/// <summary>One open flag in the audit record.</summary>
public sealed record OpenFlagRecord(string AlertId, string Kind, string Since, string? Site, string Summary)
{
    public static OpenFlagRecord From(OpenFlag f) => new(f.AlertId, HoldKinds.ToId(f.Kind), RecordCodes.Date(f.Since), f.Site, f.Summary);

    public OpenFlag ToFlag() => new(AlertId, HoldKinds.ParseFlag(Kind, "flag kind"), RecordCodes.ParseDate(Since, "flag since"), Site, Summary);
}

/// <summary>One coach hold in the audit record.</summary>
public sealed record CoachHoldRecord(string Id, string Kind, string Starts, string? Until, double? MaxWeeklyKm, string Reason)
{
    public static CoachHoldRecord From(CoachHold h) =>
        new(h.Id, HoldKinds.ToId(h.Kind), RecordCodes.Date(h.From), h.Until is { } u ? RecordCodes.Date(u) : null, h.MaxWeeklyKm, h.Reason);

    public CoachHold ToHold() => new(Id, HoldKinds.ParseHold(Kind, "hold kind"), RecordCodes.ParseDate(Starts, "hold start"),
        Until is null ? null : RecordCodes.ParseDate(Until, "hold until"), MaxWeeklyKm, Reason);
}
