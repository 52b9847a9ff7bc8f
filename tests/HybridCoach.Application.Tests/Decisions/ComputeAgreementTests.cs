using HybridCoach.Application.Decisions;
using HybridCoach.Application.Journal;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Guardrails;
using Xunit;

namespace HybridCoach.Application.Tests.Decisions;

public class ComputeAgreementTests
{
    private static readonly DateOnly First = new(2026, 6, 1);

    /// <summary>
    /// Ten days, engine × human: PROCEED/PROCEED 4, REDUCE_VOLUME/REDUCE_VOLUME 2, FULL_REST/FULL_REST 1,
    /// PROCEED/REDUCE_VOLUME 2, REDUCE_VOLUME/PROCEED 1. By hand: p_o = 7/10 = 0.7; engine rows 6, 3, 1 and human
    /// columns 5, 4, 1 give p_e = (6·5 + 3·4 + 1·1)/100 = 0.43; κ = (0.7 − 0.43)/(1 − 0.43) = 0.27/0.57 = 9/19 ≈ 0.4737.
    /// An eleventh journal day has no decision; day 1's first engine record is superseded by a later one.
    /// </summary>
    [Fact]
    public async Task Compute_TenDaysWithKnownCounts_MatrixRateAndKappaAsComputedByHand()
    {
        var stores = new InMemoryDecisionStores();
        (string Engine, string Human)[] days =
        [
            ("PROCEED", "PROCEED"), ("PROCEED", "PROCEED"), ("PROCEED", "PROCEED"), ("PROCEED", "PROCEED"),
            ("REDUCE_VOLUME", "REDUCE_VOLUME"), ("REDUCE_VOLUME", "REDUCE_VOLUME"), ("FULL_REST", "FULL_REST"),
            ("PROCEED", "REDUCE_VOLUME"), ("PROCEED", "REDUCE_VOLUME"), ("REDUCE_VOLUME", "PROCEED"),
        ];
        await AppendAsync(stores, First, "FULL_REST");
        for (var i = 0; i < days.Length; i++)
        {
            await AppendAsync(stores, First.AddDays(i), days[i].Engine);
            await stores.AddAsync(Entry(First.AddDays(i), days[i].Human));
        }
        await stores.AddAsync(Entry(First.AddDays(20), "PROCEED"));

        var report = await new ComputeAgreement(stores, stores).ComputeAsync(null, null);

        Assert.Equal(10, report.Compared);
        Assert.Equal(7, report.Agreed);
        Assert.Equal(0.7, report.Rate!.Value, 12);
        Assert.Equal(9.0 / 19, report.Kappa!.Value, 12);
        Assert.Equal(1, report.JournalDaysWithoutDecision);
        int P = Index(Recommendation.Proceed), V = Index(Recommendation.ReduceVolume), R = Index(Recommendation.FullRest);
        Assert.Equal((4, 2, 1, 2, 1), (report.Matrix[P, P], report.Matrix[V, V], report.Matrix[R, R], report.Matrix[P, V], report.Matrix[V, P]));
        Assert.Equal(10, report.Matrix.Cast<int>().Sum());
    }

    [Fact]
    public void Kappa_OneCategoryOnlyOnBothSides_Undefined()
    {
        var matrix = new int[7, 7];
        matrix[0, 0] = 5;

        Assert.Null(CohensKappa.Compute(matrix));
    }

    private static int Index(Recommendation r) => AgreementReport.Categories.ToList().IndexOf(r);

    private static JournalEntry Entry(DateOnly date, string call) =>
        new(0, date, RecommendationIds.Parse(call), null, JournalAuthor.Athlete, DateTimeOffset.UnixEpoch);

    private static Task<long> AppendAsync(InMemoryDecisionStores stores, DateOnly date, string call) =>
        stores.AppendAsync(new DecisionAuditRecord(0, date, DateTimeOffset.UnixEpoch, call, "v", "h", "{}", "{}", "[]", "", "template"));
}
