using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Demo;

/// <summary>What `coach demo` made: where the FIT files are, the import report, and the weekly running volume stored.</summary>
public sealed record DemoHistory(string FilesDirectory, ImportReport Import, IReadOnlyList<WeekVolume> Weeks);
