using System.Text.Json;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Fit.Writing;
using HybridCoach.Formats.Tests.Calendar;
using Xunit;

namespace HybridCoach.Formats.Tests.FitWorkout;

/// <summary>
/// Decodes the plan's workout files with an independent decoder (fit-file-parser from npm, through
/// tests/fit-crosscheck/run-workouts.sh) and compares file_id, workout and every step with the hand-worked
/// <see cref="ExpectedWorkouts"/>, enums by their profile names.
/// </summary>
public class FitWorkoutCrossCheckTests
{
    [FitCrossCheckFact]
    public void EncodePlan_OneWeek_FitFileParserDecodesEveryStepAsExpected()
    {
        var dir = Directory.CreateTempSubdirectory("hybridcoach-workouts-");
        try
        {
            foreach (var file in FitWorkoutEncoder.EncodePlan(TestPlans.OneWeek(), DistanceUnit.Kilometers))
                File.WriteAllBytes(Path.Combine(dir.FullName, file.FileName), file.Content);
            File.WriteAllText(Path.Combine(dir.FullName, "expected.json"), ExpectedJson());

            var (exitCode, stdout, stderr) = FitCrossCheck.Run("run-workouts.sh", dir.FullName);

            Assert.True(exitCode == 0, $"run-workouts.sh exited {exitCode}\n{stdout}\n{stderr}");
            using var report = JsonDocument.Parse(stdout);
            Assert.Equal(5, report.RootElement.GetProperty("files").GetInt32());
            Assert.Equal(11, report.RootElement.GetProperty("steps_checked").GetInt32());  // 1 + 3 + 5 + 1 + 1
            Assert.Equal(0, report.RootElement.GetProperty("mismatches").GetArrayLength());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string ExpectedJson() => JsonSerializer.Serialize(new
    {
        workouts = ExpectedWorkouts.OneWeek.Select(w => new Dictionary<string, object?>
        {
            ["file"] = w.FileName,
            ["wkt_name"] = w.Name,
            ["sport"] = w.Sport,
            ["sub_sport"] = w.SubSport,
            ["num_valid_steps"] = w.Steps.Count,
            ["steps"] = w.Steps.Select(StepJson).ToList(),
        }).ToList(),
    });

    private static Dictionary<string, object?> StepJson(ExpectedWorkouts.Step s)
    {
        var step = new Dictionary<string, object?>
        {
            ["message_index"] = s.Index,
            ["duration_type"] = s.DurationType,
            ["duration_value"] = s.DurationValue,
            ["target_type"] = s.TargetType,
            ["target_value"] = s.TargetValue,
            ["custom_target_value_low"] = s.SpeedLowMmps,
            ["custom_target_value_high"] = s.SpeedHighMmps,
            ["intensity"] = s.Intensity,
        };
        if (s.Notes is { } notes) step["notes"] = notes;
        return step;
    }
}
