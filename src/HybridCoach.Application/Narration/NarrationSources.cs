namespace HybridCoach.Application.Narration;

/// <summary>The <c>narrative_source</c> values of the audit record.</summary>
public static class NarrationSources
{
    /// <summary>The template narrator, no model configured.</summary>
    public const string Template = "template";

    /// <summary>A model was asked but its text was not used (guard failure, timeout, provider error); the template text was shown.</summary>
    public const string TemplateFallback = "template_fallback";

    /// <summary>The model's text passed the guard and was shown: "llm:&lt;provider&gt;".</summary>
    public static string Llm(string provider) => "llm:" + provider;
}
