namespace HybridCoach.Narrative.Guard;

/// <summary>
/// A figure written in a text: its value in the canonical unit, the unit (<see cref="FactUnit.Plain"/> when none was
/// written), how far a fact may lie from it and still be what was meant (half the last written digit, e.g. "1.6"
/// covers 1.55–1.65), and the text as written.
/// </summary>
public sealed record NumberMention(double Value, FactUnit Unit, double Tolerance, string Text, bool UnitWritten)
{
    public bool Matches(NarrativeFact fact) =>
        (!UnitWritten || fact.Unit == Unit) && Math.Abs(Math.Abs(fact.Value) - Math.Abs(Value)) <= Tolerance + 1e-9;

    /// <summary>A unitless figure may be a fact of any unit as written in that unit's display form (5 ↔ 5000 m as "5 km").</summary>
    public bool MatchesDisplayed(NarrativeFact fact) => !UnitWritten && fact.Unit switch
    {
        FactUnit.Metres => Near(fact.Value / 1000) || Near(fact.Value),
        FactUnit.Seconds => Near(fact.Value / 60) || Near(fact.Value / 3600) || Near(fact.Value),
        _ => Near(fact.Value),
    };

    private bool Near(double value) => Math.Abs(Math.Abs(value) - Math.Abs(Value)) <= Tolerance + 1e-9;
}
