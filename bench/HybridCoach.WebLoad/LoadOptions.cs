namespace HybridCoach.WebLoad;

/// <summary>
/// The bounded load run's shape (issue 16's speed target): how many athletes the embedded store holds, how many of them
/// are signed in and requesting at once, how long each page is hammered, and where the seeded data directory lives
/// (kept between runs: seeding 1,000 athletes takes minutes).
/// </summary>
public sealed record LoadOptions(int Athletes, int Users, TimeSpan PerPage, string WorkDirectory, string? UploadFile)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text
            ? int.TryParse(text, out var n) && n > 0 ? n : throw new ArgumentException($"{name} '{text}': expected a positive whole number")
            : fallback;
        return new LoadOptions(Number("--athletes", 1000), Number("--users", 20), TimeSpan.FromSeconds(Number("--seconds", 20)),
            Value("--work") ?? Path.Combine(Path.GetTempPath(), "hybridcoach-webload"), Value("--upload"));
    }
}
