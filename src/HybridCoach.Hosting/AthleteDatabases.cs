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
        return slug is null
            ? DataDirectory.DatabasePath(dataDirectory)
            : Path.Combine(dataDirectory, AthletesFolder, slug, DataDirectory.DatabaseFileName);
    }

    /// <summary>
    /// The folder-safe name of an athlete: lower-case letters and digits, other runs of characters become
    /// one '-'. Null for the default athlete. Throws when nothing usable is left ("--athlete '///'").
    /// </summary>
    public static string? Slug(string? athlete)
    {
        if (string.IsNullOrWhiteSpace(athlete)) return null;
        var slug = new StringBuilder();
        foreach (var c in athlete.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().TrimEnd('-');
        if (text.Length is 0 or > 64)
            throw new ArgumentException($"--athlete '{athlete}': expected a name with 1 to 64 letters or digits");
        return text == DefaultName ? null : text;
    }

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
