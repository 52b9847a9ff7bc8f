using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>One day's <see cref="RecoverySignals"/> as stored in the audit snapshot.</summary>
public sealed record SignalsRecord(
    string Date,
    int? RestingHrBpm,
    double? HrvRmssdMs,
    double? SleepHours,
    int? SleepQuality,
    int? Soreness,
    IReadOnlyDictionary<string, int> SorenessBySite,
    bool Pain,
    string? PainSite,
    string Illness,
    int? LifeStress,
    int? Motivation,
    string? Note)
{
    public static SignalsRecord From(RecoverySignals s) => new(RecordCodes.Date(s.Date), s.RestingHrBpm, s.HrvRmssdMs, s.SleepHours,
        s.SleepQuality, s.Soreness, new SortedDictionary<string, int>(s.SorenessBySite.ToDictionary(), StringComparer.Ordinal),
        s.Pain, s.PainSite, RecordCodes.Illness(s.Illness), s.LifeStress, s.Motivation, s.Note);

    public RecoverySignals ToSignals() => new(RecordCodes.ParseDate(Date, "signals date"), RestingHrBpm, HrvRmssdMs, SleepHours,
        SleepQuality, Soreness, SorenessBySite ?? new Dictionary<string, int>(), Pain, PainSite, RecordCodes.ParseIllness(Illness),
        LifeStress, Motivation, Note);
}
