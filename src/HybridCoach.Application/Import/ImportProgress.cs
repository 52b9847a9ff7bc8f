namespace HybridCoach.Application.Import;

/// <summary>Reported after each file: <see cref="Completed"/> of <see cref="Total"/> (known once sources are expanded).</summary>
public sealed record ImportProgress(int Completed, int Total, ImportFileResult Last);
