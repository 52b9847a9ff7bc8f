using HybridCoach.Application.Decisions;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach agreement --json`: <c>matrix</c> has one row per engine call, in the order of <c>categories</c>, each with the
/// day counts per human call in that same order (ids are kept upper case, so no dictionary keys); the days
/// compared and agreed, the agreement rate (0–1), Cohen's kappa (null when undefined) and journal days with no decision.
/// </summary>
public sealed record AgreementJson(
    string? FromDate,
    string? ToDate,
    IReadOnlyList<string> Categories,
    IReadOnlyList<AgreementRowJson> Matrix,
    int Compared,
    int Agreed,
    double? AgreementRate,
    double? Kappa,
    int JournalDaysWithoutDecision)
{
    public static AgreementJson From(AgreementReport r)
    {
        var ids = AgreementReport.Categories.Select(c => c.ToId()).ToArray();
        var matrix = ids.Select((id, e) => new AgreementRowJson(id, [.. ids.Select((_, h) => r.Matrix[e, h])])).ToArray();
        return new(r.From is { } f ? RecoverySignalsJson.DateText(f) : null, r.To is { } t ? RecoverySignalsJson.DateText(t) : null,
            ids, matrix, r.Compared, r.Agreed, r.Rate, r.Kappa, r.JournalDaysWithoutDecision);
    }
}
