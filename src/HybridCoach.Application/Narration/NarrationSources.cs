namespace HybridCoach.Application.Narration;

/// <summary>The <c>narrative_source</c> values of the audit record.</summary>
public static class NarrationSources
{
    /// <summary>The template narrator, no model configured.</summary>
    public const string Template = "template";

    /// <summary>A model was asked but its text was not used (guard failure, timeout, provider error); the template text was shown.</summary>
    public const string TemplateFallback = "template_fallback";

    /// <summary>
    /// In a decision record: the decision was written before it was narrated (issue 15 item 3), and its narration is a
    /// record of its own in the narration audit, referenced <c>decision:ID</c> (<see cref="DecisionNarration"/>).
    /// </summary>
    public const string SeparateRecord = "narration_record";

    /// <summary>The model's text passed the guard and was shown: "llm:&lt;provider&gt;".</summary>
    public static string Llm(string provider) => "llm:" + provider;
}
