using HybridCoach.Domain.Guardrails;
using Xunit;

namespace HybridCoach.Domain.Tests.Guardrails;

public class GuardrailSettingsTests
{
    private static readonly GuardrailSetting Line = new("demo_rail.max_ratio", 1.5, 1, 3, "a line", "a source");
    private static readonly GuardrailSetting SiteLine = new("demo_rail.max_soreness_0_10", 5, 1, 10, "soreness line", "a source", PerSite: true);

    private static GuardrailSettings Demo() => GuardrailSettings.Defaults([Line, SiteLine]);

    private static Dictionary<string, double> One(string id, double value) => new() { [id] = value };

    [Fact]
    public void Get_NoOverride_GivesTheDeclaredDefault()
    {
        Assert.Equal(1.5, Demo().Get("demo_rail.max_ratio"));
        Assert.Equal(1.5, GuardrailCatalog.DefaultSettings.Get(AcwrHighGuardrail.MinRatio));
        Assert.Equal(1.8, GuardrailCatalog.DefaultSettings.Get(AcwrVeryHighGuardrail.MaxRatio));
    }

    [Fact]
    public void WithOverrides_KnownIdInBounds_ReplacesTheDefaultOnlyForThatAthlete()
    {
        var defaults = Demo();
        var athlete = defaults.WithOverrides(One(" Demo_Rail.Max_Ratio ", 1.25));
        Assert.Equal(1.25, athlete.Get("demo_rail.max_ratio"));
        Assert.Equal(1.5, defaults.Get("demo_rail.max_ratio"));
        Assert.Equal(new Dictionary<string, double> { ["demo_rail.max_ratio"] = 1.25 }, athlete.Overrides);
    }

    [Fact]
    public void WithOverrides_UnknownId_RefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => GuardrailCatalog.DefaultSettings.WithOverrides(One("acwr_hihg.min_ratio", 1.4)));
        Assert.Equal("guardrail setting 'acwr_hihg.min_ratio': unknown (see `coach guardrails` for the list)", error.Message);
    }

    [Theory]
    [InlineData(0.99)]
    [InlineData(3.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WithOverrides_OutOfBounds_RefusedNamingIdAndBounds(double value)
    {
        var error = Assert.Throws<ArgumentException>(() => Demo().WithOverrides(One("demo_rail.max_ratio", value)));
        Assert.StartsWith("guardrail setting 'demo_rail.max_ratio' ", error.Message);
        Assert.EndsWith(": expected 1 to 3", error.Message);
    }

    [Fact]
    public void ForSite_SiteOverride_AppliesOnlyAtThatSite()
    {
        var settings = Demo().WithOverrides(One("demo_rail.max_soreness_0_10. Calf", 3));
        Assert.Equal(3, settings.ForSite("demo_rail.max_soreness_0_10", "calf"));
        Assert.Equal(3, settings.ForSite("demo_rail.max_soreness_0_10", " CALF "));
        Assert.Equal(5, settings.ForSite("demo_rail.max_soreness_0_10", "knee"));
        Assert.Equal(5, settings.Get("demo_rail.max_soreness_0_10"));
        Assert.Equal(3, settings.Effective()["demo_rail.max_soreness_0_10.calf"]);
    }

    [Fact]
    public void ForSite_NoSiteOverride_FallsBackToTheAthletesOwnValue()
    {
        var settings = Demo().WithOverrides(One("demo_rail.max_soreness_0_10", 4));
        Assert.Equal(4, settings.ForSite("demo_rail.max_soreness_0_10", "calf"));
    }

    [Fact]
    public void WithOverrides_SiteSuffixOnASettingThatIsNotPerSite_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Demo().WithOverrides(One("demo_rail.max_ratio.calf", 1.2)));
        Assert.Contains("'demo_rail.max_ratio.calf': unknown", error.Message);
    }

    [Fact]
    public void WithOverrides_SiteOverrideOutOfBounds_Refused() =>
        Assert.Contains("expected 1 to 10", Assert.Throws<ArgumentException>(() => Demo().WithOverrides(One("demo_rail.max_soreness_0_10.calf", 0))).Message);

    [Fact]
    public void Get_UndeclaredId_ThrowsNamingIt() =>
        Assert.Equal("guardrail setting 'nope.x': not declared by any guardrail", Assert.Throws<ArgumentException>(() => Demo().Get("nope.x")).Message);

    [Fact]
    public void Hash_SameEffectiveValues_StableWhateverTheDeclarationOrder()
    {
        var a = GuardrailSettings.Defaults([Line, SiteLine]);
        var b = GuardrailSettings.Defaults([SiteLine, Line]);
        Assert.Equal(a.Hash, b.Hash);
        Assert.Matches("^[0-9a-f]{64}$", a.Hash);
        Assert.Equal(GuardrailCatalog.DefaultSettings.Hash, GuardrailSettings.Defaults(GuardrailCatalog.All.SelectMany(g => g.Settings).Reverse()).Hash);
    }

    [Fact]
    public void Hash_Override_Changes_AndOverridingWithTheDefaultDoesNot()
    {
        var defaults = Demo();
        Assert.NotEqual(defaults.Hash, defaults.WithOverrides(One("demo_rail.max_ratio", 1.25)).Hash);
        Assert.NotEqual(defaults.Hash, defaults.WithOverrides(One("demo_rail.max_soreness_0_10.calf", 3)).Hash);
        Assert.NotEqual(defaults.WithOverrides(One("demo_rail.max_ratio", 1.25)).Hash, defaults.WithOverrides(One("demo_rail.max_ratio", 1.2)).Hash);
        Assert.Equal(defaults.Hash, defaults.WithOverrides(One("demo_rail.max_ratio", 1.5)).Hash);
    }

    [Fact]
    public void Defaults_SettingDeclaredTwice_Refused() =>
        Assert.Equal("guardrail setting demo_rail.max_ratio: declared twice",
            Assert.Throws<ArgumentException>(() => GuardrailSettings.Defaults([Line, Line with { }])).Message);

    [Fact]
    public void GuardrailSetting_DefaultOutsideBoundsOrBadId_Refused()
    {
        Assert.Contains("default 4 outside [1, 3]", Assert.Throws<ArgumentException>(() => new GuardrailSetting("x.y", 4, 1, 3, "d", "s")).Message);
        Assert.Contains("'Bad Id': expected lower-case snake_case", Assert.Throws<ArgumentException>(() => new GuardrailSetting("Bad Id", 1, 0, 3, "d", "s")).Message);
    }
}
