using Xunit;

namespace HybridCoach.Formats.Tests.FitWorkout;

/// <summary>
/// A fact that runs the fit-file-parser cross-check in tests/fit-crosscheck. Skipped, with the reason, only
/// when it cannot run here: no checkout folder beside the test binaries, no <c>node</c> or <c>bash</c> on PATH,
/// or the npm package neither installed nor installable (no <c>npm</c>). Otherwise it runs and must pass.
/// </summary>
public sealed class FitCrossCheckFactAttribute : FactAttribute
{
    public FitCrossCheckFactAttribute()
    {
        if (FitCrossCheck.Folder is not { } folder) Skip = "tests/fit-crosscheck not found above the test binaries";
        else if (!FitCrossCheck.OnPath("node")) Skip = "node is not on PATH: the fit-file-parser cross-check needs Node.js";
        else if (!FitCrossCheck.OnPath("bash")) Skip = "bash is not on PATH: the cross-check runs tests/fit-crosscheck/run-workouts.sh";
        else if (!Directory.Exists(Path.Combine(folder, "node_modules", "fit-file-parser")) && !FitCrossCheck.OnPath("npm"))
            Skip = "the npm package fit-file-parser is not installed in tests/fit-crosscheck and npm is not on PATH to install it";
    }
}
