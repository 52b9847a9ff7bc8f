namespace HybridCoach.Domain.Load;

/// <summary>Time spent in one pace or heart-rate zone, and the Seiler band the zone belongs to.</summary>
public sealed record ZoneTime(string ZoneId, string Name, IntensityBand Band, double TimeS)
{
    public double TimeMin => TimeS / 60;
}
