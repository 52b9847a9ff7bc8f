using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Chat;
using HybridCoach.Narrative.Providers;
using HybridCoach.Narrative.Template;
using Xunit;

namespace HybridCoach.Narrative.Tests;

public class NarratorSettingsTests
{
    private static NarratorSettings From(params (string Key, string Value)[] values) =>
        NarratorSettings.From(key => values.FirstOrDefault(v => v.Key == key).Value);

    [Fact]
    public void From_NothingConfigured_TemplateWithTenSecondTimeout()
    {
        var settings = From();
        Assert.Equal("template", settings.Provider);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.Timeout);
        Assert.IsType<TemplateNarrator>(NarratorFactory.Create(settings));
    }

    [Fact]
    public void From_OpenAIVariables_ChatNarratorWithEndpointAndTimeout()
    {
        var settings = From(("HYBRIDCOACH_LLM_PROVIDER", "OpenAI"), ("HYBRIDCOACH_LLM_ENDPOINT", "http://127.0.0.1:11434/v1"),
            ("HYBRIDCOACH_LLM_MODEL", "llama3.2"), ("HYBRIDCOACH_LLM_TIMEOUT_S", "2.5"));
        Assert.Equal("openai", settings.Provider);
        Assert.Equal(new Uri("http://127.0.0.1:11434/v1"), settings.Endpoint);
        Assert.Equal("llama3.2", settings.Model);
        Assert.Equal(TimeSpan.FromSeconds(2.5), settings.Timeout);
        Assert.IsType<ChatNarrator>(NarratorFactory.Create(settings));
    }

    [Fact]
    public void From_SettingsKey_WinsOverTheVariable() =>
        Assert.Equal("anthropic", From(("HybridCoach:Llm:Provider", "anthropic"), ("HYBRIDCOACH_LLM_PROVIDER", "openai")).Provider);

    [Theory]
    [InlineData("HYBRIDCOACH_LLM_PROVIDER", "gemini", "HYBRIDCOACH_LLM_PROVIDER 'gemini': expected template, anthropic or openai")]
    [InlineData("HYBRIDCOACH_LLM_ENDPOINT", "localhost:11434", "HYBRIDCOACH_LLM_ENDPOINT 'localhost:11434': expected an http or https URL")]
    [InlineData("HYBRIDCOACH_LLM_TIMEOUT_S", "ten", "HYBRIDCOACH_LLM_TIMEOUT_S 'ten': expected seconds between 0 and 600")]
    [InlineData("HYBRIDCOACH_LLM_TIMEOUT_S", "0", "HYBRIDCOACH_LLM_TIMEOUT_S '0': expected seconds between 0 and 600")]
    public void From_BadValue_ErrorNamesTheVariable(string variable, string value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => From((variable, value)));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplateNarrator_Source_IsTemplateWithoutExchange()
    {
        var narration = await new TemplateNarrator().NarrateAsync(NarrationFixtures.Request(Domain.Guardrails.Recommendation.ReduceVolume));
        Assert.Equal(NarrationSources.Template, narration.Source);
        Assert.Null(narration.Exchange);
    }
}
