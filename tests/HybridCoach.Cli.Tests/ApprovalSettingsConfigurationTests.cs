using HybridCoach.Domain.Oversight;
using HybridCoach.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>The oversight policy is configurable: HybridCoach:Oversight keys (or HybridCoach__Oversight__* variables).</summary>
public class ApprovalSettingsConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"HybridCoach:Oversight:{v.Key}", v.Value))).Build();

    [Fact]
    public void From_Nothing_TheDocumentedDefaults()
    {
        var settings = ApprovalSettingsConfiguration.From(Config());

        Assert.Equal(ApprovalSettings.Default, settings);
        Assert.Equal((OversightRoute.CoachApproval, 0.10), (settings.CancelKeyWorkout, settings.AutoApplyMaxLoadReductionFraction));
    }

    [Fact]
    public void From_OverriddenBranches_RoutesFollow()
    {
        var settings = ApprovalSettingsConfiguration.From(Config(("CancelKeyWorkout", "suggest-to-athlete"), ("AutoApplyMaxLoadReductionFraction", "0.05")));
        var policy = new ApprovalPolicy(settings);

        Assert.Equal(OversightRoute.SuggestToAthlete, settings.CancelKeyWorkout);
        Assert.Equal(OversightRoute.AutoApply, policy.Route(new ProposedChange(ChangeCategory.LoadReduction, -0.05, false, "5 % cut")).Route);
        Assert.Equal(OversightRoute.SuggestToAthlete, policy.Route(new ProposedChange(ChangeCategory.LoadReduction, -0.08, false, "8 % cut")).Route);
    }

    [Theory]
    [InlineData("RegeneratePlan", "always", "HybridCoach:Oversight:RegeneratePlan 'always': expected auto_apply, suggest_to_athlete or coach_approval")]
    [InlineData("SuggestMaxLoadIncreaseFraction", "lots", "HybridCoach:Oversight:SuggestMaxLoadIncreaseFraction 'lots': expected a fraction such as 0.10")]
    public void From_BadValue_RefusedNamingTheKey(string key, string value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ApprovalSettingsConfiguration.From(Config((key, value))));

        Assert.Equal(message, error.Message);
    }
}
