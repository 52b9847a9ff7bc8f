using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// A test in a real Chromium (Debian's package, /usr/bin/chromium): skipped when it is not installed and optional,
/// run (and failing) when HYBRIDCOACH_BROWSER=1, as .ci/run sets after installing it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public static bool IsMandatory => Environment.GetEnvironmentVariable("HYBRIDCOACH_BROWSER") == "1";

    public BrowserFactAttribute()
    {
        if (!IsMandatory && !File.Exists(Chromium)) Skip = $"{Chromium} not installed (apt-get install chromium); HYBRIDCOACH_BROWSER=1 makes this mandatory";
    }
}
