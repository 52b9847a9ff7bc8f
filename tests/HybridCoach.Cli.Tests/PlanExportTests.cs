using System.Text.Json;
using HybridCoach.Formats.Fit;
using HybridCoach.Formats.Fit.Profile;
using Xunit;

namespace HybridCoach.Cli.Tests;

public class PlanExportTests(PlanDemoSeason season) : IClassFixture<PlanDemoSeason>
{
    [Fact]
    public async Task Export_Demo_OneCalendarEventAndOneReadableFitWorkoutPerSession()
    {
        using var output = new TempDirectory();
        var ics = output.Combine("plan.ics");
        var fit = output.Combine("fit");

        var run = await season.RunAsync("plan", "export", "--ics", ics, "--fit", fit);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var sessions = season.Days.Where(d => d.GetProperty("type").GetString() != "rest").ToList();
        var text = await File.ReadAllTextAsync(ics);
        Assert.Equal(sessions.Count, text.Split("\r\nBEGIN:VEVENT\r\n").Length - 1);
        var files = Directory.GetFiles(fit, "*.fit").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(sessions.Count, files.Count);
        for (var i = 0; i < files.Count; i++) AssertWorkout(files[i], sessions[i]);
    }

    /// <summary>The file decodes cleanly, is named after its day, and every running step's duration and pace band match the plan (FIT units: cm, ms, mm/s).</summary>
    private static void AssertWorkout(string path, JsonElement session)
    {
        var file = FitDecoder.Decode(File.ReadAllBytes(path));
        Assert.Empty(file.Errors);
        Assert.True(file.Integrity.FileCrcOk, path);
        Assert.StartsWith(session.GetProperty("date").GetString()!, Path.GetFileName(path), StringComparison.Ordinal);
        var workout = file.OfType(FitMessageNumbers.Workout).Single();
        Assert.Equal(session.GetProperty("title").GetString(), workout.GetString("wkt_name"));
        var steps = file.OfType(FitMessageNumbers.WorkoutStep).ToList();
        Assert.Equal(steps.Count, workout.GetDouble("num_valid_steps"));
        var planned = Flattened(session.GetProperty("steps")).ToList();
        if (planned.Count == 0) return;
        Assert.Equal(planned.Count, steps.Count);
        for (var i = 0; i < planned.Count; i++)
        {
            var want = planned[i];
            if (want.GetProperty("kind").GetString() == "repeat")
            {
                Assert.Equal(want.GetProperty("repeats").GetInt32(), steps[i].GetDouble("target_value"));
                continue;
            }
            if (want.GetProperty("distance_m").ValueKind == JsonValueKind.Number)
                Assert.Equal(Math.Round(want.GetProperty("distance_m").GetDouble() * 100), steps[i].GetDouble("duration_value"));
            else
                Assert.Equal(Math.Round(want.GetProperty("duration_s").GetDouble() * 1000), steps[i].GetDouble("duration_value"));
            if (want.GetProperty("pace_slow_s_per_km").ValueKind != JsonValueKind.Number) continue;
            Assert.Equal(Math.Round(1_000_000 / want.GetProperty("pace_slow_s_per_km").GetDouble()), steps[i].GetDouble("custom_target_value_low"));
            Assert.Equal(Math.Round(1_000_000 / want.GetProperty("pace_fast_s_per_km").GetDouble()), steps[i].GetDouble("custom_target_value_high"));
        }
    }

    /// <summary>The FIT order: a repeat block's steps, then the repeat step.</summary>
    private static IEnumerable<JsonElement> Flattened(JsonElement steps)
    {
        foreach (var step in steps.EnumerateArray())
        {
            if (step.GetProperty("kind").GetString() == "repeat")
                foreach (var child in Flattened(step.GetProperty("steps"))) yield return child;
            yield return step;
        }
    }
}
