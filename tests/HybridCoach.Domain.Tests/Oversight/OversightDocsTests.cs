using HybridCoach.Domain.Oversight;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Domain.Tests.Oversight;

/// <summary>docs/oversight.md lists every policy rule id with its real default route, and every escalation kind with its urgency.</summary>
public class OversightDocsTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.File("docs", "oversight.md"));

    private static string Row(string id) => Assert.Single(Lines, l => l.StartsWith($"| `{id}` |", StringComparison.Ordinal));

    [Fact]
    public void Doc_ListsEveryRuleId()
    {
        foreach (var id in ApprovalPolicy.RuleIds) Row(id);
    }

    [Theory]
    [InlineData(ChangeCategory.EasierReplacement, null, false)]
    [InlineData(ChangeCategory.LoadReduction, -0.10, false)]
    [InlineData(ChangeCategory.LoadReduction, -0.101, false)]
    [InlineData(ChangeCategory.LoadIncrease, 0.05, false)]
    [InlineData(ChangeCategory.LoadIncrease, 0.051, false)]
    [InlineData(ChangeCategory.MoveSession, null, false)]
    [InlineData(ChangeCategory.CancelKeyWorkout, -1.0, true)]
    [InlineData(ChangeCategory.AddRace, null, false)]
    [InlineData(ChangeCategory.ChangeGoal, null, false)]
    [InlineData(ChangeCategory.ChangeTargetTime, null, false)]
    [InlineData(ChangeCategory.RegeneratePlan, null, false)]
    public void Doc_DefaultRouteMatchesThePolicy(ChangeCategory category, double? fraction, bool key)
    {
        var decision = new ApprovalPolicy().Route(new ProposedChange(category, fraction, key, "x"));
        Assert.Contains($"| {Snake(decision.Route)} |", Row(decision.RuleId), StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_DefaultLinesMatchTheSettings()
    {
        var s = ApprovalSettings.Default;
        Assert.Contains($"`AutoApplyMaxLoadReductionFraction` = {s.AutoApplyMaxLoadReductionFraction:0.00}", Row("load_reduction.small"), StringComparison.Ordinal);
        Assert.Contains($"`SuggestMaxLoadIncreaseFraction` = {s.SuggestMaxLoadIncreaseFraction:0.00}", Row("load_increase.small"), StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_ListsEveryEscalationKindWithItsUrgency()
    {
        foreach (var kind in Enum.GetValues<EscalationKind>())
            Assert.StartsWith($"| `{Snake(kind)}` | {EscalationUrgency.Of(kind)} |", Row(Snake(kind)), StringComparison.Ordinal);
    }

    private static string Snake<T>(T value) where T : Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
