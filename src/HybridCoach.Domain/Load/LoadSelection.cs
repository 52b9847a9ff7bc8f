namespace HybridCoach.Domain.Load;

/// <summary>The measure chosen for a load series, every activity's value in it, and why it was chosen.</summary>
public sealed record LoadSelection(LoadMeasure Measure, IReadOnlyList<ActivityLoad> Loads, string Reason)
{
    public IReadOnlyList<DatedLoad> ToDated()
    {
        var dated = new DatedLoad[Loads.Count];
        for (var i = 0; i < dated.Length; i++) dated[i] = Loads[i].ToDated();
        return dated;
    }
}
