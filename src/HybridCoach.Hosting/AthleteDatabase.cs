namespace HybridCoach.Hosting;

/// <summary>One athlete's database in a data directory: the slug to pass as --athlete, and whether it is the default.</summary>
public sealed record AthleteDatabase(string Slug, bool IsDefault, string DatabasePath);
