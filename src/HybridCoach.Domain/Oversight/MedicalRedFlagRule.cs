namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>medical_red_flag</c>: any <see cref="MedicalRedFlags"/> symptom in a recent check-in or daily note → one alert
/// per text, urgency 1. Quotes only the matched words, never the whole note.
/// </summary>
public static class MedicalRedFlagRule
{
    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        foreach (var (date, source, text) in EscalationText.Recent(input))
        {
            var flags = MedicalRedFlags.Find(text);
            if (flags.Count == 0) continue;
            var names = string.Join(", ", flags.Select(f => f.Id.Replace('_', ' ')));
            yield return EscalationDetector.Make(EscalationKind.MedicalRedFlag, date,
                $"Possible medical red flag ({names}) in the {source}: no training until a doctor has assessed it and the coach clears it.",
                [.. flags.Select(f => $"{EscalationText.Day(date)} {source}: \"{f.Phrase}\" ({f.Id.Replace('_', ' ')})")]) with { Key = $"{source}|{string.Join(",", flags.Select(f => f.Id))}" };
        }
    }
}
