using HybridCoach.Application.Decisions;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Cli.Output;

/// <summary>
/// `coach agreement --json`: <c>matrix[engine_id][human_id]</c> day counts over every recommendation id, the days
/// compared and agreed, the agreement rate (0–1), Cohen's kappa (null when undefined) and journal days with no decision.
/// </summary>
public sealed record AgreementJson(
    string? FromDate,
    string? ToDate,
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Matrix,
    int Compared,
    int Agreed,
    double? AgreementRate,
    double? Kappa,
    int JournalDaysWithoutDecision)
{
    public static AgreementJson From(AgreementReport r)
    {
        var ids = AgreementReport.Categories.Select(c => c.ToId()).ToArray();
        var matrix = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        for (var e = 0; e < ids.Length; e++)
        {
            var row = new Dictionary<string, int>();
            for (var h = 0; h < ids.Length; h++) row[ids[h]] = r.Matrix[e, h];
            matrix[ids[e]] = row;
        }
        return new(r.From is { } f ? RecoverySignalsJson.DateText(f) : null, r.To is { } t ? RecoverySignalsJson.DateText(t) : null,
            ids, matrix, r.Compared, r.Agreed, r.Rate, r.Kappa, r.JournalDaysWithoutDecision);
    }
}
