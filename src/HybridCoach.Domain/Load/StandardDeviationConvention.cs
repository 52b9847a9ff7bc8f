namespace HybridCoach.Domain.Load;

/// <summary>Whether a standard deviation divides by n (population) or n − 1 (sample).</summary>
public enum StandardDeviationConvention
{
    Population,
    Sample,
}
