using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

public class RacePredictorTests
{
    [Fact]
    public void Predict_5kIn20_00_GivesOnePredictionPerStandardDistanceAndMethod()
    {
        var predictions = RacePredictor.Predict(new Distance(5000), new Duration(1200));

        Assert.Equal(RaceDistance.Standard.Count * 2, predictions.Count);
        Assert.Equal(["1500m", "1mi", "3k", "2mi", "5k", "10k", "15k", "half_marathon", "marathon"],
            predictions.Select(p => p.Distance.Id).Distinct());
        Assert.All(predictions.Chunk(2), pair =>
            Assert.Equal([PredictionMethod.Vdot, PredictionMethod.Riegel], pair.Select(p => p.Method)));
    }

    // science.md §2 Riegel column for 5K in 20:00.
    [Fact]
    public void Predict_5kIn20_00_RiegelMatchesPublishedExamples()
    {
        var riegel = RacePredictor.Predict(new Distance(5000), new Duration(1200))
            .Where(p => p.Method == PredictionMethod.Riegel).ToDictionary(p => p.Distance.Id, p => p.Time.Seconds);

        Assert.Equal(2501.92, riegel["10k"], 0.01);
        Assert.Equal(5520.24, riegel["half_marathon"], 0.01);
        Assert.Equal(11509.32, riegel["marathon"], 0.01);
    }

    // A 5K in 19:57 is Daniels' VDOT 50 row (science.md §1.2); its VDOT-equivalent 10K and marathon are that row's
    // 41:21 and 3:10:49 within the table tolerance used in VdotTests (1 s + 0.2 %).
    [Fact]
    public void Predict_VdotRow50FiveK_GivesRowTimesForOtherDistances()
    {
        var vdot = RacePredictor.Predict(new Distance(5000), new Duration(19 * 60 + 57))
            .Where(p => p.Method == PredictionMethod.Vdot).ToDictionary(p => p.Distance.Id, p => p.Time.Seconds);

        Assert.InRange(vdot["10k"], 2481 - 6, 2481 + 6);
        Assert.InRange(vdot["marathon"], 11449 - 24, 11449 + 24);
    }

    [Fact]
    public void Predict_CustomRiegelExponent_IsUsed()
    {
        var marathon = RacePredictor.Predict(new Distance(10000), new Duration(2400), 1.0, [RaceDistance.Marathon])
            .Single(p => p.Method == PredictionMethod.Riegel);

        Assert.Equal(2400 * 4.2195, marathon.Time.Seconds, 1e-6);
        Assert.Equal(240, marathon.Pace.SecondsPerKilometer, 1e-6);
    }

    [Fact]
    public void Id_Methods_AreSnakeCase() =>
        Assert.Equal(["vdot", "riegel"], new[] { PredictionMethod.Vdot, PredictionMethod.Riegel }.Select(m => m.Id()));

    [Fact]
    public void Predict_ZeroRiegelExponent_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => RacePredictor.Predict(new Distance(5000), new Duration(1200), 0));
        Assert.Equal("riegelExponent", error.ParamName);
    }
}
