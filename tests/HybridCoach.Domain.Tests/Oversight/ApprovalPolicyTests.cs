using HybridCoach.Domain.Oversight;
using Xunit;

namespace HybridCoach.Domain.Tests.Oversight;

public class ApprovalPolicyTests
{
    private static readonly ApprovalPolicy Policy = new();

    private static RouteDecision Route(ChangeCategory category, double? fraction = null, bool key = false) =>
        Policy.Route(new ProposedChange(category, fraction, key, "change"));

    [Fact]
    public void Route_EasierReplacement_AutoApplies()
    {
        var decision = Route(ChangeCategory.EasierReplacement, -0.45, key: true);
        Assert.Equal((OversightRoute.AutoApply, "easier_replacement"), (decision.Route, decision.RuleId));
    }

    [Fact]
    public void Route_EasierReplacementThatAddsTwentyPercent_WaitsForTheCoach()
    {
        var decision = Route(ChangeCategory.EasierReplacement, 0.20);
        Assert.Equal((OversightRoute.CoachApproval, "load_increase.large"), (decision.Route, decision.RuleId));
    }

    [Theory]
    [InlineData(-0.05, OversightRoute.AutoApply, "load_reduction.small")]
    [InlineData(-0.10, OversightRoute.AutoApply, "load_reduction.small")]
    [InlineData(-0.101, OversightRoute.SuggestToAthlete, "load_reduction.large")]
    [InlineData(-0.30, OversightRoute.SuggestToAthlete, "load_reduction.large")]
    public void Route_LoadReduction_AutoUpToTenPercentElseSuggested(double fraction, OversightRoute route, string rule)
    {
        var decision = Route(ChangeCategory.LoadReduction, fraction);
        Assert.Equal((route, rule), (decision.Route, decision.RuleId));
    }

    [Fact]
    public void Route_ComputedTenPercentCut_IsOnTheAutoSide()
    {
        Assert.Equal(OversightRoute.AutoApply, Route(ChangeCategory.LoadReduction, 90.0 / 100 - 1).Route); // −0.0999…98
        Assert.Equal(OversightRoute.AutoApply, Route(ChangeCategory.LoadReduction, 45.0 / 50 - 1).Route);
    }

    [Fact]
    public void Route_LoadReduction_ReasonGivesThePercent()
    {
        Assert.Equal("load -10.1 % (cut of more than 10 %)", Route(ChangeCategory.LoadReduction, -0.101).Reason);
    }

    [Theory]
    [InlineData(0.03, OversightRoute.SuggestToAthlete, "load_increase.small")]
    [InlineData(0.05, OversightRoute.SuggestToAthlete, "load_increase.small")]
    [InlineData(0.051, OversightRoute.CoachApproval, "load_increase.large")]
    [InlineData(0.15, OversightRoute.CoachApproval, "load_increase.large")]
    public void Route_LoadIncrease_SuggestedUpToFivePercentElseCoach(double fraction, OversightRoute route, string rule)
    {
        var decision = Route(ChangeCategory.LoadIncrease, fraction);
        Assert.Equal((route, rule), (decision.Route, decision.RuleId));
    }

    [Theory]
    [InlineData(ChangeCategory.MoveSession, OversightRoute.SuggestToAthlete, "move_session")]
    [InlineData(ChangeCategory.AddRace, OversightRoute.CoachApproval, "add_race")]
    [InlineData(ChangeCategory.ChangeGoal, OversightRoute.CoachApproval, "change_goal")]
    [InlineData(ChangeCategory.ChangeTargetTime, OversightRoute.CoachApproval, "change_target_time")]
    [InlineData(ChangeCategory.RegeneratePlan, OversightRoute.CoachApproval, "regenerate_plan")]
    public void Route_FixedCategories_FollowTheDefaults(ChangeCategory category, OversightRoute route, string rule)
    {
        var decision = Route(category);
        Assert.Equal((route, rule), (decision.Route, decision.RuleId));
    }

    [Fact]
    public void Route_CancelKeyWorkout_WaitsForTheCoach()
    {
        var decision = Route(ChangeCategory.CancelKeyWorkout, -1, key: true);
        Assert.Equal((OversightRoute.CoachApproval, "cancel_key_workout"), (decision.Route, decision.RuleId));
    }

    [Fact]
    public void Route_CancelEasyRunOfEightPercentOfTheWeek_AutoAppliesAsASmallCut()
    {
        var decision = Route(ChangeCategory.CancelKeyWorkout, -0.08, key: false);
        Assert.Equal((OversightRoute.AutoApply, "load_reduction.small"), (decision.Route, decision.RuleId));
    }

    [Fact]
    public void Route_AdaptationWithCutAndMove_GoesWhereTheMoveGoes()
    {
        var adaptation = new ProposedChange(ChangeCategory.Adaptation, null, false, "niggle week",
            [new(ChangeCategory.LoadReduction, -0.08, false, "next week 8 % lighter"), new(ChangeCategory.MoveSession, null, false, "tempo to Thursday")]);
        var decision = Policy.Route(adaptation);
        Assert.Equal((OversightRoute.SuggestToAthlete, "adaptation.strictest_part"), (decision.Route, decision.RuleId));
        Assert.Contains("'tempo to Thursday' (move_session", decision.Reason);
    }

    [Fact]
    public void Route_AdaptationCancellingAKeyWorkout_WaitsForTheCoach()
    {
        var adaptation = new ProposedChange(ChangeCategory.Adaptation, -0.05, false, "fatigue",
            [new(ChangeCategory.EasierReplacement, -0.3, true, "intervals → easy"), new(ChangeCategory.CancelKeyWorkout, -1, true, "drop the long run")]);
        Assert.Equal(OversightRoute.CoachApproval, Policy.Route(adaptation).Route);
    }

    [Fact]
    public void Route_AdaptationWithOnlySmallNetCut_AutoApplies()
    {
        var decision = Policy.Route(new ProposedChange(ChangeCategory.Adaptation, -0.07, false, "lighter week"));
        Assert.Equal(OversightRoute.AutoApply, decision.Route);
        Assert.Contains("load_reduction.small", decision.Reason);
    }

    [Fact]
    public void Route_AdaptationWithNothingSized_IsSuggested()
    {
        var decision = Policy.Route(new ProposedChange(ChangeCategory.Adaptation, null, false, "?"));
        Assert.Equal((OversightRoute.SuggestToAthlete, "adaptation.unsized"), (decision.Route, decision.RuleId));
    }

    [Fact]
    public void Route_CustomSettings_ChangeTheBranches()
    {
        var strict = new ApprovalPolicy(new ApprovalSettings { AutoApplyMaxLoadReductionFraction = 0.05, MoveSession = OversightRoute.CoachApproval });
        Assert.Equal(OversightRoute.SuggestToAthlete, strict.Route(new(ChangeCategory.LoadReduction, -0.08, false, "x")).Route);
        Assert.Equal(OversightRoute.CoachApproval, strict.Route(new(ChangeCategory.MoveSession, null, false, "x")).Route);
    }

    [Fact]
    public void Route_LoadReductionWithoutFraction_ThrowsNamingTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => Route(ChangeCategory.LoadReduction));
        Assert.Equal("load_change_fraction: required for load_reduction", error.Message);
    }

    [Fact]
    public void Route_LoadIncreaseWithNegativeFraction_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Route(ChangeCategory.LoadIncrease, -0.2));
        Assert.StartsWith("load_change_fraction -0.2: a load_increase must have a positive fraction", error.Message);
    }

    [Fact]
    public void ProposedChange_FractionBelowMinusOne_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProposedChange(ChangeCategory.LoadReduction, -1.5, false, "x"));
        Assert.StartsWith("load_change_fraction -1.5:", error.Message);
    }

    [Fact]
    public void ApprovalSettings_ReductionLineAboveOne_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApprovalPolicy(new ApprovalSettings { AutoApplyMaxLoadReductionFraction = 1.5 }));
        Assert.StartsWith("auto_apply_max_load_reduction_fraction 1.5", error.Message);
    }
}
