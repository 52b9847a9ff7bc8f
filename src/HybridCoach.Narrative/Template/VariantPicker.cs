namespace HybridCoach.Narrative.Template;

/// <summary>
/// Picks one of several phrasings deterministically (never at random: the same day and call always read the same,
/// and the audit can be reproduced): FNV-1a over the date, the call and the purpose.
/// </summary>
public static class VariantPicker
{
    public static int Pick(string key, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var hash = 2166136261u;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        return (int)(hash % (uint)count);
    }

    public static string Pick(string key, IReadOnlyList<string> options) => options[Pick(key, options.Count)];
}
