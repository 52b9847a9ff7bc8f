using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>A server setting the operator got wrong stops the start with the key, the value and what is expected.</summary>
public sealed class ServerSettingsTests
{
    [Theory]
    [InlineData("HybridCoach:UploadInlineWaitMs", "-5", "HybridCoach:UploadInlineWaitMs '-5': expected a whole number of milliseconds, 0 or more")]
    [InlineData("HybridCoach:UploadInlineWaitMs", "3s", "HybridCoach:UploadInlineWaitMs '3s': expected a whole number of milliseconds, 0 or more")]
    [InlineData("HybridCoach:MaxOpenAthletes", "0", "HybridCoach:MaxOpenAthletes '0': expected a whole number above 0")]
    public void BadSetting_StopsTheStart_NamingTheKey(string key, string value, string expected)
    {
        using var factory = new CoachWebFactory(settings: new Dictionary<string, string> { [key] = value });

        Assert.Equal(expected, StartFailure.Of(factory));
    }
}
