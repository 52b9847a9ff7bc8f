using HybridCoach.Domain.Guardrails;
using Xunit;

namespace HybridCoach.Domain.Tests.Guardrails;

public class GuardrailCatalogTests
{
    public static TheoryData<string> GuardrailIds() => [.. GuardrailCatalog.All.Select(g => g.Id)];

    [Fact]
    public void All_Ids_UniqueSnakeCase()
    {
        var ids = GuardrailCatalog.All.Select(g => g.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", id));
    }

    [Fact]
    public void All_IncludesEveryLoadGuardrail()
    {
        string[] load = ["insufficient_data", "acwr_very_high", "acwr_high", "acwr_caution", "monotony_high", "weekly_volume_spike",
            "long_run_spike", "form_very_negative", "no_rest_day", "hard_yesterday", "easy_hr_drift"];
        Assert.Equal(load, LoadGuardrails.All.Select(g => g.Id));
        Assert.Contains("pain_flag", GuardrailCatalog.All.Select(g => g.Id));
    }

    [Theory]
    [MemberData(nameof(GuardrailIds))]
    public void Settings_EachGuardrail_IdsStartWithItsOwnIdAndCiteASource(string id)
    {
        var guardrail = GuardrailCatalog.All.Single(g => g.Id == id);
        Assert.All(guardrail.Settings, s =>
        {
            Assert.StartsWith(id + ".", s.Id);
            Assert.Matches("^[a-z][a-z0-9_]*$", s.Id[(id.Length + 1)..]);
            Assert.False(string.IsNullOrWhiteSpace(s.Description), s.Id);
            Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Id);
            Assert.InRange(s.Default, s.Min, s.Max);
            Assert.Equal(s.Default, GuardrailCatalog.DefaultSettings.Get(s.Id));
        });
    }

    [Theory]
    [MemberData(nameof(GuardrailIds))]
    public void Evaluate_EmptySnapshot_TotalAndNeverFiresWithoutData(string id)
    {
        var guardrail = GuardrailCatalog.All.Single(g => g.Id == id);
        var outcome = guardrail.Evaluate(LoadSnapshots.Empty(), GuardrailCatalog.DefaultSettings);
        Assert.Equal(id, outcome.Id);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
        Assert.DoesNotContain('\n', outcome.Reason);
        Assert.All(outcome.Observed.Keys.Concat(outcome.Thresholds.Keys), key => Assert.Matches("^[a-z][a-z0-9_]*$", key));
        if (id == "insufficient_data") Assert.Equal(Recommendation.NeedsMoreData, outcome.AsksFor);
        else Assert.False(outcome.Fired, $"{id}: {outcome.Reason}");
    }

    [Fact]
    public void DefaultSettings_DeclareEverySettingOfEveryGuardrail() =>
        Assert.Equal(GuardrailCatalog.All.Sum(g => g.Settings.Count), GuardrailCatalog.DefaultSettings.Declared.Count);
}
