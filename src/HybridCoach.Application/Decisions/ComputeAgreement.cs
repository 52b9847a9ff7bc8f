using HybridCoach.Application.Journal;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The `coach agreement` use case: for every journal day in the range, the latest journal verdict (optionally
/// of one author) against the latest audit decision for that day; days the engine never decided are counted apart.
/// </summary>
public sealed class ComputeAgreement(IJournalStore journal, IDecisionAuditStore audit)
{
    public async Task<AgreementReport> ComputeAsync(DateOnly? from, DateOnly? to, JournalAuthor? author = null, CancellationToken cancellationToken = default)
    {
        if (from > to) throw new Errors.InvalidInputException("from", $" {from:yyyy-MM-dd}: after the end of the range, {to:yyyy-MM-dd}");
        var entries = (await journal.ListAsync(from, to, cancellationToken)).Where(e => author is null || e.Author == author);
        var verdicts = entries.GroupBy(e => e.Date).Select(g => g.MaxBy(e => e.Id)!).OrderBy(e => e.Date).ToList();
        var decisions = (await audit.ListAsync(from, to, null, cancellationToken))
            .GroupBy(d => d.DecidedFor).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!);
        var categories = AgreementReport.Categories;
        var matrix = new int[categories.Count, categories.Count];
        var pairs = new List<AgreementPair>();
        var missing = 0;
        foreach (var verdict in verdicts)
        {
            if (!decisions.TryGetValue(verdict.Date, out var decision)) { missing++; continue; }
            var engine = RecommendationIds.Parse(decision.Recommendation);
            pairs.Add(new AgreementPair(verdict.Date, decision.Id, engine, verdict.MyCall, verdict.Author));
            matrix[Index(engine), Index(verdict.MyCall)]++;
        }
        return new AgreementReport(from, to, matrix, pairs, missing, CohensKappa.Compute(matrix));

        int Index(Recommendation r) => categories.ToList().IndexOf(r);
    }
}
