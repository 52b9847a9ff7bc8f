namespace HybridCoach.Application.Coaching;

/// <summary>
/// What a coach types with a decision — who they are, a reason, an edit note — trimmed and bounded: a name of at
/// most <see cref="MaxNameLength"/> characters, a text of at most <see cref="MaxTextLength"/>. Errors name the input by its stem (reason, edit, by).
/// </summary>
public static class CoachText
{
    public const int MaxTextLength = 2000;
    public const int MaxNameLength = 100;

    /// <summary>The trimmed text, null when empty; throws naming <paramref name="inputName"/> when too long.</summary>
    public static string? Optional(string? text, string inputName)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        return t.Length <= MaxTextLength ? t : throw new Errors.InvalidInputException(inputName, $": longer than {MaxTextLength} characters");
    }

    public static string Required(string? text, string inputName) =>
        Optional(text, inputName) ?? throw new Errors.InvalidInputException(inputName, ": required");

    public static string Who(string? by) =>
        Optional(by, "by") is { Length: <= MaxNameLength } who ? who : throw new Errors.InvalidInputException("by", $" '{by}': expected a name of 1 to {MaxNameLength} characters");
}
