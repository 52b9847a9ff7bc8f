namespace HybridCoach.Application.Errors;

/// <summary>
/// An input's name as a use case gives it — a stem in snake_case ("cycle_days", "reason") — and as a front end spells
/// it. Stems joined by " and " name inputs refused together ("distance and duration" → "--distance and --duration");
/// any other name (the CLI's own "--from", a positional "DATE") stays as it is.
/// </summary>
public static class InputNames
{
    /// <summary>"cycle_days" → "--cycle-days", "distance and duration" → "--distance and --duration"; any other name unchanged.</summary>
    public static string AsOption(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = input.Split(" and ");
        return parts.All(IsStem) ? string.Join(" and ", parts.Select(p => "--" + p.Replace('_', '-'))) : input;
    }

    private static bool IsStem(string input) =>
        input.Length > 0 && char.IsAsciiLetterLower(input[0]) && input.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
