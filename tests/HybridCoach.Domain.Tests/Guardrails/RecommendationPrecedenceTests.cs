using FsCheck;
using FsCheck.Fluent;
using HybridCoach.Domain.Guardrails;
using Xunit;
using R = HybridCoach.Domain.Guardrails.Recommendation;

namespace HybridCoach.Domain.Tests.Guardrails;

public class RecommendationPrecedenceTests
{
    [Fact]
    public void Rank_MostProtectiveHighest_NeedsMoreDataJustAboveProceed()
    {
        R[] ascending = [R.Proceed, R.NeedsMoreData, R.ReduceIntensity, R.ReduceVolume, R.RecoveryRun, R.CrossTrainOrRest, R.FullRest];
        Assert.Equal(ascending, Enum.GetValues<R>().OrderBy(RecommendationPrecedence.Rank));
    }

    [Theory]
    [InlineData(new R[0], R.Proceed)]
    [InlineData(new[] { R.NeedsMoreData }, R.NeedsMoreData)]
    [InlineData(new[] { R.NeedsMoreData, R.FullRest }, R.FullRest)]
    [InlineData(new[] { R.CrossTrainOrRest, R.NeedsMoreData }, R.CrossTrainOrRest)]
    [InlineData(new[] { R.ReduceIntensity, R.NeedsMoreData }, R.ReduceIntensity)]
    [InlineData(new[] { R.ReduceVolume, R.ReduceIntensity }, R.RecoveryRun)]
    [InlineData(new[] { R.ReduceIntensity, R.ReduceVolume, R.NeedsMoreData, R.ReduceVolume }, R.RecoveryRun)]
    [InlineData(new[] { R.ReduceIntensity, R.ReduceVolume, R.CrossTrainOrRest }, R.CrossTrainOrRest)]
    [InlineData(new[] { R.ReduceIntensity, R.ReduceVolume, R.FullRest }, R.FullRest)]
    [InlineData(new[] { R.ReduceVolume, R.ReduceVolume }, R.ReduceVolume)]
    [InlineData(new[] { R.FullRest, R.CrossTrainOrRest, R.RecoveryRun }, R.FullRest)]
    public void Combine_AskedForCalls_MostProtectiveWins(R[] askedFor, R expected) =>
        Assert.Equal(expected, RecommendationPrecedence.Combine(askedFor));

    [Fact]
    public void Combine_AnyOrder_SameCall()
    {
        var calls = Gen.Elements(Enum.GetValues<R>()).ArrayOf().SelectMany(list => Gen.Shuffle<R>(list).Select(shuffled => (list, shuffled))).ToArbitrary();
        Prop.ForAll(calls, x => RecommendationPrecedence.Combine(x.list) == RecommendationPrecedence.Combine(x.shuffled)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Combine_AnyCalls_NeverBelowTheStrongestAskedFor()
    {
        var calls = Gen.Elements(Enum.GetValues<R>()).ListOf().ToArbitrary();
        Prop.ForAll(calls, list => list.All(c => RecommendationPrecedence.Rank(RecommendationPrecedence.Combine(list)) >= RecommendationPrecedence.Rank(c)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Rank_UnknownValue_ThrowsNamingIt() =>
        Assert.Contains("unknown recommendation", Assert.Throws<ArgumentOutOfRangeException>(() => RecommendationPrecedence.Rank((R)42)).Message);

    [Fact]
    public void RecommendationIds_EveryCall_RoundTripsThroughItsUpperSnakeId()
    {
        Assert.Equal(["PROCEED", "REDUCE_INTENSITY", "REDUCE_VOLUME", "RECOVERY_RUN", "CROSS_TRAIN_OR_REST", "FULL_REST", "NEEDS_MORE_DATA"], RecommendationIds.All);
        foreach (var call in Enum.GetValues<R>()) Assert.Equal(call, RecommendationIds.Parse(call.ToId()));
        Assert.Equal(R.CrossTrainOrRest, RecommendationIds.Parse(" cross-train-or-rest "));
        var error = Assert.Throws<ArgumentException>(() => RecommendationIds.Parse("SKIP", "my_call"));
        Assert.StartsWith("my_call 'SKIP': expected one of PROCEED", error.Message);
    }
}
