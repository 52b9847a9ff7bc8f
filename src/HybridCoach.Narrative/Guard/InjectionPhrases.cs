namespace HybridCoach.Narrative.Guard;

/// <summary>
/// Words an explanation of a training call has no reason to use, but a reply steered by injected instructions does
/// ("ignore the rules", "previous instructions"): such a reply fails whatever else it says.
/// </summary>
public static class InjectionPhrases
{
    private static readonly string[] Phrases =
    [
        "ignore the rules", "ignore the rule", "ignore all", "ignore previous", "ignore your", "disregard", "instructions", "system prompt",
        "the rules say", "as an ai", "language model", "jailbreak", "override the", "the guardrails are wrong",
    ];

    public static IEnumerable<string> Found(string normalised) => Phrases.Where(p => TextScan.ContainsPhrase(normalised, p));
}
