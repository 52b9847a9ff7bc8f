using HybridCoach.Hosting;
using Xunit;

namespace HybridCoach.Cli.Tests;

public class DataDirectoryTests
{
    [Fact]
    public void Resolve_OptionGiven_WinsOverTheEnvironment() =>
        Assert.Equal("/srv/coach", DataDirectory.Resolve("/srv/coach", _ => "/from/env"));

    [Fact]
    public void Resolve_NoOption_UsesHybridCoachData() =>
        Assert.Equal("/from/env", DataDirectory.Resolve(null, name => name == "HYBRIDCOACH_DATA" ? "/from/env" : null));

    [Fact]
    public void Resolve_NothingSet_UsesThePerUserDataFolder() =>
        Assert.Equal(
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "hybridcoach"),
            DataDirectory.Resolve(null, _ => null));
}
