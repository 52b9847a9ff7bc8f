using System.Text;

namespace HybridCoach.Hosting;

/// <summary>
/// Where each athlete's database is. Design choice: one SQLite file per athlete rather than an athlete
/// column in every table. The activity store and its queries stay exactly as they are, one athlete can
/// never see (or corrupt) another's data, and an athlete is backed up, moved or deleted as one folder.
/// The default athlete keeps the original path, so data directories from before this change still work:
/// default: &lt;data-dir&gt;/hybridcoach.db; others: &lt;data-dir&gt;/athletes/&lt;slug&gt;/hybridcoach.db.
/// </summary>
public static class AthleteDatabases
{
    public const string AthletesFolder = "athletes";
    public const string DefaultName = "default";

    /// <summary>The database of the athlete named <paramref name="athlete"/> (null, empty or "default": the default athlete).</summary>
    public static string DatabasePath(string dataDirectory, string? athlete)
    {
        var slug = Slug(athlete);
        if (slug is null) return DataDirectory.DatabasePath(dataDirectory);
        var path = Path.Combine(dataDirectory, AthletesFolder, slug, DataDirectory.DatabaseFileName);
        // Before letters outside ASCII were kept, they were dropped ("José" → "jos"): an athlete stored that way keeps its folder.
        return !File.Exists(path) && LegacySlug(athlete) is { } legacy && legacy != slug
            && Path.Combine(dataDirectory, AthletesFolder, legacy, DataDirectory.DatabaseFileName) is var old && File.Exists(old) ? old : path;
    }

    /// <summary>
    /// The folder-safe name of an athlete: lower-case letters (any script: "José" → "josé", not "jos") and digits,
    /// other runs of characters become one '-'. Null for the default athlete. Throws when nothing usable is left ("--athlete '///'").
    /// </summary>
    public static string? Slug(string? athlete) => string.IsNullOrWhiteSpace(athlete) ? null : MakeSlug(athlete, char.IsLetterOrDigit);

    /// <summary>The slug as it was made before letters outside ASCII were kept (they were dropped).</summary>
    private static string? LegacySlug(string? athlete) => string.IsNullOrWhiteSpace(athlete) ? null : MakeSlug(athlete, char.IsAsciiLetterOrDigit);

    private static string? MakeSlug(string athlete, Func<char, bool> kept)
    {
        var slug = new StringBuilder();
        // Normalisation form KC first (UAX #15): "José" typed with a combining accent, or in full-width letters, is
        // the same athlete as "José" typed precomposed — not "jos-" or a different folder.
        foreach (var c in Application.Text.UnicodeFold.Nfkc(athlete.Trim()).ToLowerInvariant())
        {
            if (kept(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().TrimEnd('-');
        if (text.Length is 0 or > 64)
            throw new ArgumentException($"--athlete '{athlete}': expected a name with 1 to 64 letters or digits");
        return text == DefaultName ? null : text;
    }

    /// <summary>
    /// Throws, naming the athletes there are, when <paramref name="athlete"/> is not the default athlete and has no
    /// database yet: a read command with a mistyped --athlete must not create an empty athlete.
    /// </summary>
    public static void RequireExisting(string dataDirectory, string? athlete)
    {
        if (Slug(athlete) is not { } slug || File.Exists(DatabasePath(dataDirectory, athlete))) return;
        var known = string.Join(", ", List(dataDirectory).Select(a => a.Slug).Order(StringComparer.Ordinal));
        throw new ArgumentException($"--athlete '{athlete}': no athlete '{slug}' in {dataDirectory}; known: {known}"
            + " (a new athlete starts with `coach demo`, `coach import`, `coach activity add`, `coach checkin` or `coach athlete set`)");
    }

    /// <summary>The note to show when the name had to change to make a safe folder name, else null ("Ana María" is stored as "ana-maría").</summary>
    public static string? RenameNote(string? athlete) =>
        Slug(athlete) is { } slug && slug != athlete!.Trim().ToLowerInvariant() ? $"note: athlete '{athlete.Trim()}' is stored as '{slug}' (a safe folder name)" : null;

    /// <summary>The default athlete first (always; its file may not exist yet), then every other athlete with a database, by slug.</summary>
    public static IReadOnlyList<AthleteDatabase> List(string dataDirectory)
    {
        var defaultPath = DataDirectory.DatabasePath(dataDirectory);
        var found = new List<AthleteDatabase> { new(DefaultName, true, defaultPath) };
        var folder = Path.Combine(dataDirectory, AthletesFolder);
        if (!Directory.Exists(folder)) return found;
        foreach (var athlete in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(athlete, DataDirectory.DatabaseFileName);
            if (File.Exists(path)) found.Add(new AthleteDatabase(Path.GetFileName(athlete), false, path));
        }
        return found;
    }
}
