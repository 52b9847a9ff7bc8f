namespace HybridCoach.Narrative.Guard;

/// <summary>
/// Words asking for credentials or personal data. An explanation of a training call never needs them; a reply steered
/// by injected instructions may ask (OWASP LLM02 "Sensitive Information Disclosure", LLM05) — such a reply fails.
/// </summary>
public static class CredentialPhrases
{
    private static readonly string[] Phrases =
    [
        "password", "passwords", "passcode", "passphrase", "pin code", "pin number", "your pin", "login", "log in", "sign in", "username",
        "credentials", "credential", "api key", "access token", "verification code", "security code", "one time code",
        "credit card", "card number", "bank account", "account number", "social security", "ssn", "date of birth",
    ];

    public static IEnumerable<string> Found(string normalised) =>
        Phrases.Where(p => TextScan.ContainsPhrase(normalised, p)).Select(p => $"asks for credentials or personal data ('{p}')");
}
