using System.Globalization;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// Walks one audit chain in id order (<see cref="DecisionChain"/>, <c>NarrationChain</c>): a record whose content no
/// longer gives its hash was edited; one whose previous hash is not the record before it follows a deletion or an
/// insertion; a head naming a later record than the newest left means the newest were deleted; a record without
/// hashes after the chain began was inserted by hand. Problems are named with <paramref name="noun"/> ("record", "narration").
/// </summary>
public static class ChainWalk
{
    public static (int Chained, int Before, List<string> Problems) Verify(IEnumerable<ChainLink> links, (long LastId, string LastHash)? head, string noun)
    {
        ArgumentNullException.ThrowIfNull(links);
        var problems = new List<string>();
        var (expectedPrevious, chained, before) = (ChainHash.Genesis, 0, 0);
        ChainLink? last = null;
        foreach (var link in links)
        {
            if (link.RecordHash is null || link.PrevHash is null)
            {
                if (last is null) before++;
                else problems.Add($"{noun} {link.Id}: has no hash inside the chain (inserted by hand)");
                continue;
            }
            chained++;
            if (link.PrevHash != expectedPrevious)
                problems.Add($"{noun} {link.Id}: does not follow the {noun} before it (a {noun} was deleted or inserted before it)");
            if (link.ComputedHash != link.RecordHash)
                problems.Add($"{noun} {link.Id}: edited (its content no longer matches its hash)");
            expectedPrevious = link.RecordHash;
            last = link;
        }
        if (head is { } h && (last is null || h.LastId != last.Id || h.LastHash != last.RecordHash))
            problems.Add($"the newest {noun} should be {h.LastId}, but the chain ends at {(last is null ? "nothing" : last.Id.ToString(CultureInfo.InvariantCulture))}: later {noun}s were deleted");
        if (head is null && last is not null) problems.Add($"the {noun} chain's head is missing (deleted)");
        return (chained, before, problems);
    }
}
