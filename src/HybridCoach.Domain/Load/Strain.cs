namespace HybridCoach.Domain.Load;

/// <summary>
/// Foster's training strain: weekly load (sum of daily loads) × monotony (science.md §4; Foster 1998).
/// Week 600, 200, 400, 500, 100, 650, 0 (2450): population 3656.4, sample 3385.2.
/// </summary>
public static class Strain
{
    public const string Id = "strain";

    public static double Compute(double weeklyLoad, double monotony) => weeklyLoad * monotony;
}
