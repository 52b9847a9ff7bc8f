using System.Globalization;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Contracts;

/// <summary>One day of recovery signals in `coach signals add|list --json`.</summary>
public sealed record RecoverySignalsJson(
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
    /// <summary>Alerts `coach signals add` raised for the coach (omitted by `signals list`).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EscalationJson>? Alerts { get; init; }

    public static RecoverySignalsJson From(RecoverySignals s) => new(
        DateText(s.Date),
        s.RestingHrBpm,
        s.HrvRmssdMs,
        s.SleepHours,
        s.SleepQuality,
        s.Soreness,
        s.SorenessBySite,
        s.Pain,
        s.PainSite,
        s.Illness switch { Domain.Athletes.Illness.AboveNeck => "above_neck", Domain.Athletes.Illness.BelowNeck => "below_neck", _ => "none" },
        s.LifeStress,
        s.Motivation,
        s.Note);

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
