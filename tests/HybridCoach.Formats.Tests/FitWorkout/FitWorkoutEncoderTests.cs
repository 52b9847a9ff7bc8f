using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Fit;
using HybridCoach.Formats.Fit.Profile;
using HybridCoach.Formats.Fit.Writing;
using HybridCoach.Formats.Tests.Calendar;
using Xunit;

namespace HybridCoach.Formats.Tests.FitWorkout;

public class FitWorkoutEncoderTests
{
    /// <summary>Seconds between the Unix epoch and the FIT epoch 1989-12-31T00:00:00Z (FIT profile, date_time).</summary>
    private const long FitEpochUnixS = 631_065_600;

    private static FitFile Decode(byte[] content) => FitDecoder.Decode(content);

    private static FitFile EncodedTempo() => Decode(FitWorkoutEncoder.Encode(TestPlans.Tempo(), "Tempo 10 km", DistanceUnit.Kilometers));

    [Fact]
    public void Encode_Tempo_DecodesCleanlyWithValidCrcs()
    {
        var file = EncodedTempo();
        Assert.Empty(file.Errors);
        Assert.True(file.Integrity.HeaderCrcOk);
        Assert.True(file.Integrity.FileCrcOk);
        Assert.Equal(new ushort[] { 0, 26, 27, 27, 27, 27, 27 }, file.Messages.Select(m => m.GlobalNumber));
    }

    [Fact]
    public void Encode_Tempo_FileIdIsAWorkoutFileUniquePerDate()
    {
        var fileId = EncodedTempo().OfType(FitMessageNumbers.FileId).Single();
        Assert.Equal(5, fileId.GetDouble("type"));            // file: workout
        Assert.Equal(255, fileId.GetDouble("manufacturer"));  // development
        Assert.Equal(20261203, fileId.GetDouble("serial_number"));
        var midnightUtc = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Equal(midnightUtc - FitEpochUnixS, fileId.Field(4)!.Value switch { long l => l, var v => Convert.ToInt64(v) });
    }

    [Fact]
    public void Encode_Tempo_WorkoutMessageHasNameSportAndStepCount()
    {
        var workout = EncodedTempo().OfType(FitMessageNumbers.Workout).Single();
        Assert.Equal("Tempo 10 km", workout.GetString("wkt_name"));
        Assert.Equal(1, workout.GetDouble("sport"));  // running
        Assert.Equal(5, workout.GetDouble("num_valid_steps"));
    }

    [Fact]
    public void Encode_Tempo_EveryStepMatchesThePlan()
    {
        AssertSteps(ExpectedWorkouts.TempoSteps, EncodedTempo());
    }

    [Fact]
    public void Encode_Tempo_RepeatStepPointsAtTheFirstIntervalAndCountsThree()
    {
        var steps = EncodedTempo().OfType(FitMessageNumbers.WorkoutStep).ToList();
        var repeat = steps.Single(s => s.GetDouble("duration_type") == 6);
        Assert.Equal(3, repeat.GetDouble("message_index"));
        Assert.Equal(1, repeat.GetDouble("duration_value"));  // the 1600 m interval
        Assert.Equal(3, repeat.GetDouble("target_value"));
        Assert.Equal(160_000, steps[1].GetDouble("duration_value"));
    }

    [Fact]
    public void Encode_ThresholdPaceBand_SpeedTargetsAreTheBandsSpeedsInMillimetresPerSecond()
    {
        var interval = EncodedTempo().OfType(FitMessageNumbers.WorkoutStep).ElementAt(1);
        // 4:10/km = 1000/250 m/s = 4.000 m/s; 4:00/km = 1000/240 = 4.1667 m/s.
        Assert.Equal(4000, interval.GetDouble("custom_target_value_low"));
        Assert.Equal(4167, interval.GetDouble("custom_target_value_high"));
        // Back to pace, the band is the plan's to within the 1 mm/s rounding (< 0.1 s/km at these speeds).
        Assert.Equal(TestPlans.Threshold.Slow.SecondsPerKilometer, 1_000_000 / interval.GetDouble("custom_target_value_low")!.Value, 0.1);
        Assert.Equal(TestPlans.Threshold.Fast.SecondsPerKilometer, 1_000_000 / interval.GetDouble("custom_target_value_high")!.Value, 0.1);
    }

    [Fact]
    public void Encode_StepNamesAndNotes_CarryThePrescriptionInTheChosenUnits()
    {
        var km = EncodedTempo().OfType(FitMessageNumbers.WorkoutStep).ElementAt(1);
        Assert.Equal("Active 1.6 km", km.GetString("wkt_step_name"));
        Assert.Equal("Active: 1.6 km @ 4:00–4:10/km (daniels_t) — comfortably hard", km.GetString("notes"));
        var miles = Decode(FitWorkoutEncoder.Encode(TestPlans.Tempo(), "Tempo", DistanceUnit.Miles))
            .OfType(FitMessageNumbers.WorkoutStep).ElementAt(1);
        Assert.Equal("Active: 0.99 mi @ 6:26–6:42/mi (daniels_t) — comfortably hard", miles.GetString("notes"));
        Assert.Equal(160_000, miles.GetDouble("duration_value"));  // the watch's own unit: cm, whatever the display unit
    }

    [Fact]
    public void EncodePlan_OneWeek_OneFilePerNonRestSessionNamedByDateAndType()
    {
        var files = FitWorkoutEncoder.EncodePlan(TestPlans.OneWeek(), DistanceUnit.Kilometers);
        Assert.Equal(ExpectedWorkouts.OneWeek.Select(w => w.FileName), files.Select(f => f.FileName));
        Assert.Equal(ExpectedWorkouts.OneWeek.Select(w => w.Name), files.Select(f => f.WorkoutName));
    }

    [Fact]
    public void EncodePlan_OneWeek_EveryFileDecodesAndEveryStepMatches()
    {
        var files = FitWorkoutEncoder.EncodePlan(TestPlans.OneWeek(), DistanceUnit.Kilometers);
        foreach (var (file, expected) in files.Zip(ExpectedWorkouts.OneWeek))
        {
            var decoded = Decode(file.Content);
            Assert.Empty(decoded.Errors);
            Assert.True(decoded.Integrity.FileCrcOk, file.FileName);
            var workout = decoded.OfType(FitMessageNumbers.Workout).Single();
            Assert.Equal(expected.Name, workout.GetString("wkt_name"));
            var (sport, subSport) = ExpectedWorkouts.SportCodes(expected.Sport, expected.SubSport);
            Assert.Equal(sport, workout.GetDouble("sport"));
            Assert.Equal(subSport, workout.GetDouble("sub_sport"));
            Assert.Equal(expected.Steps.Count, workout.GetDouble("num_valid_steps"));
            AssertSteps(expected.Steps, decoded);
        }
    }

    [Fact]
    public void Encode_NestedRepeats_EachRepeatPointsAtTheFirstStepOfItsOwnBlock()
    {
        var stride = new SessionStep(StepKind.Active, 100, null, TestPlans.Threshold, "strides", "stride");
        var walk = new SessionStep(StepKind.Recovery, null, 60, null, null, "walk back");
        var session = TestPlans.Tempo() with
        {
            Steps =
            [
                new SessionStep(StepKind.WarmUp, null, 600, TestPlans.Easy, "z2", "easy"),
                SessionStep.Repeat(2, "sets", SessionStep.Repeat(4, "strides", stride, walk),
                    new SessionStep(StepKind.Recovery, null, 180, TestPlans.Jog, "z1", "jog")),
            ],
        };
        var steps = Decode(FitWorkoutEncoder.Encode(session, "Strides", DistanceUnit.Kilometers)).OfType(FitMessageNumbers.WorkoutStep).ToList();
        // 0 warm-up, 1 stride, 2 walk, 3 repeat→1 ×4, 4 jog, 5 repeat→1 ×2.
        Assert.Equal(6, steps.Count);
        Assert.Equal((6.0, 1.0, 4.0), (steps[3].GetDouble("duration_type")!.Value, steps[3].GetDouble("duration_value")!.Value, steps[3].GetDouble("target_value")!.Value));
        Assert.Equal((6.0, 1.0, 2.0), (steps[5].GetDouble("duration_type")!.Value, steps[5].GetDouble("duration_value")!.Value, steps[5].GetDouble("target_value")!.Value));
        Assert.Equal((0.0, 600_000.0), (steps[0].GetDouble("duration_type")!.Value, steps[0].GetDouble("duration_value")!.Value));
        Assert.Equal(2.0, steps[2].GetDouble("target_type"));  // the walk has no pace: open target
    }

    [Fact]
    public void Encode_RestDay_IsRejectedNamingTheDate()
    {
        var error = Assert.Throws<ArgumentException>(() => FitWorkoutEncoder.Encode(TestPlans.Rest(TestPlans.Monday), "Rest", DistanceUnit.Kilometers));
        Assert.Contains("2026-11-30", error.Message);
        Assert.Contains("rest day", error.Message);
    }

    [Fact]
    public void Encode_EmptyRepeatBlock_IsRejectedNamingTheStep()
    {
        var session = TestPlans.Tempo() with { Steps = [SessionStep.Repeat(3, "nothing to repeat")] };
        var error = Assert.Throws<ArgumentException>(() => FitWorkoutEncoder.Encode(session, "Tempo", DistanceUnit.Kilometers));
        Assert.Contains("nothing to repeat", error.Message);
        Assert.Contains("repeat block", error.Message);
    }

    [Fact]
    public void Encode_NegativeDistance_IsRejectedWithTheFigure()
    {
        var session = TestPlans.Tempo() with { Steps = [new SessionStep(StepKind.Active, -5, null, null, null, "bad")] };
        var error = Assert.Throws<ArgumentException>(() => FitWorkoutEncoder.Encode(session, "Tempo", DistanceUnit.Kilometers));
        Assert.Contains("-5", error.Message);
    }

    private static void AssertSteps(IReadOnlyList<ExpectedWorkouts.Step> expected, FitFile file)
    {
        var steps = file.OfType(FitMessageNumbers.WorkoutStep).ToList();
        Assert.Equal(expected.Count, steps.Count);
        foreach (var (want, got) in expected.Zip(steps))
        {
            var at = $"step {want.Index}";
            Assert.Equal((double)want.Index, got.GetDouble("message_index"));
            Assert.Equal((double?)ExpectedWorkouts.DurationCode(want.DurationType), got.GetDouble("duration_type"));
            Assert.True(want.DurationValue == (long?)got.GetDouble("duration_value"), $"{at}: duration_value {got.GetDouble("duration_value")}, expected {want.DurationValue}");
            Assert.Equal(want.TargetType is { } t ? ExpectedWorkouts.TargetCode(t) : null, (byte?)got.GetDouble("target_type"));
            Assert.True(want.TargetValue == (long?)got.GetDouble("target_value"), $"{at}: target_value");
            Assert.True(want.SpeedLowMmps == (long?)got.GetDouble("custom_target_value_low"), $"{at}: low {got.GetDouble("custom_target_value_low")}");
            Assert.True(want.SpeedHighMmps == (long?)got.GetDouble("custom_target_value_high"), $"{at}: high {got.GetDouble("custom_target_value_high")}");
            Assert.Equal(want.Intensity is { } i ? ExpectedWorkouts.IntensityCode(i) : null, (byte?)got.GetDouble("intensity"));
            if (want.Notes is { } notes) Assert.Equal(notes, got.GetString("notes"));
        }
    }
}
