namespace HybridCoach.Domain.Planning;

/// <summary>The calendar skeleton of one microcycle before it is filled: index from 1, phase, first day, length.</summary>
public sealed record CycleFrame(int Index, Phase Phase, DateOnly Start, int LengthDays)
{
    public DateOnly End => Start.AddDays(LengthDays - 1);
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
