using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Guard;

/// <summary>
/// What the guard checks a text against: the daily call (null for a <c>NarrationSubject</c>, which explains no call:
/// then only the upper-case call ids must not appear), every figure the narrator was given (with units), the dates it
/// was given, and the effort ceiling. Build it with <see cref="NarrativeFactsBuilder"/> or
/// <see cref="SubjectFactsBuilder"/> from the same data the model sees.
/// </summary>
public sealed record NarrativeFacts(Recommendation? Recommendation, IReadOnlyList<NarrativeFact> Figures, IReadOnlyList<DateOnly> Dates, EffortCeiling Effort)
{
    /// <summary>Every value a figure may be written as: metres also as km, seconds also as minutes and hours, a ratio also as a percentage.</summary>
    public IEnumerable<NarrativeFact> Renderings()
    {
        foreach (var fact in Figures)
        {
            yield return fact;
            var magnitude = Math.Abs(fact.Value);
            if (magnitude != fact.Value) yield return fact with { Value = magnitude };
            if (fact.Unit == FactUnit.Plain && magnitude is > 0 and < 10)
            {
                // A ratio such as ACWR 1.62 or a ×1.3 line is often said as "62 % above" / "30 % more" / "162 %".
                yield return new NarrativeFact(Math.Abs(magnitude - 1) * 100, FactUnit.Percent);
                yield return new NarrativeFact(magnitude * 100, FactUnit.Percent);
            }
        }
        foreach (var date in Dates)
        {
            yield return new NarrativeFact(date.Day, FactUnit.Plain);
            yield return new NarrativeFact(date.Year, FactUnit.Plain);
        }
    }
}
