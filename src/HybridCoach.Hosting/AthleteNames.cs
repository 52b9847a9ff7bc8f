using System.Text;

namespace HybridCoach.Hosting;

/// <summary>
/// Keeps two different athletes out of one store (issue 15 item 8: "collision-free store names, a clear error on a
/// clash"). Store folders are slugs (<see cref="AthleteDatabases.Slug"/>), and "Jo Se" and "Jo-Se" both become
/// <c>jo-se</c>. So the first name used for a store is written beside it (<see cref="NameFile"/>), and a later name
/// with the same slug but other words is refused with both names. Names equal after normalisation form KC, trimming,
/// one space between words and case folding are the same athlete ("José" and "JOSÉ").
/// </summary>
public static class AthleteNames
{
    public const string NameFile = "athlete-name.txt";

    /// <summary>Records <paramref name="athlete"/> as its store's name, or throws when the store belongs to another name.</summary>
    public static void Claim(string dataDirectory, string? athlete)
    {
        if (AthleteDatabases.Slug(athlete) is not { } slug) return;
        var folder = Path.Combine(dataDirectory, AthleteDatabases.AthletesFolder, slug);
        var file = Path.Combine(folder, NameFile);
        var name = athlete!.Trim();
        if (File.Exists(file))
        {
            var owner = File.ReadAllText(file).Trim();
            if (Key(owner) != Key(name))
                throw new ArgumentException($"--athlete '{name}': its store name '{slug}' already belongs to athlete '{owner}', and two athletes cannot share a store; "
                    + $"use '{owner}' for that athlete, or a name that differs in its letters or digits");
            return;
        }
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, name + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data directory: the claim cannot be recorded, and reading must still work.
        }
    }

    private static string Key(string name) =>
        string.Join(' ', Application.Text.UnicodeFold.Nfkc(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
