namespace HybridCoach.Fuzz;

/// <summary>One input that broke a rule: crashed (an exception no caller expects), hung past the time budget, or allocated past the memory budget.</summary>
public sealed record FuzzFinding(string Seed, int Mutant, string Kind, string Detail, byte[] Input)
{
    public override string ToString() => $"{Seed} mutant {Mutant}: {Kind}: {Detail}";
}
