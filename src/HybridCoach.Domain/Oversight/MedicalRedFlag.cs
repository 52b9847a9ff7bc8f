namespace HybridCoach.Domain.Oversight;

/// <summary>One red flag found in the athlete's text: its id (see <see cref="MedicalRedFlags"/>) and the words that matched.</summary>
public sealed record MedicalRedFlag(string Id, string Phrase);
