using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Metrics;

/// <summary>The Fitness page as of a day: the metrics (PMC, ACWR, weekly intensity, HR at easy pace), the charts' columns and the weekly running volume of the range.</summary>
public sealed record FitnessView(MetricsReport Report, FitnessChartSeries Series, IReadOnlyList<WeekVolume> Weeks);
