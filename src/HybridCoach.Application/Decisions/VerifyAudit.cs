namespace HybridCoach.Application.Decisions;

/// <summary>
/// The `coach audit verify` use case: walks the decision audit in id order and recomputes the chain
/// (<see cref="DecisionChain"/>). A record whose content no longer matches its hash was edited; one whose previous
/// hash is not the record before it follows a deletion or an insertion; a head that names a later record than the
/// newest left means the newest were deleted; a record without hashes inside the chain was inserted by hand.
/// </summary>
public sealed class VerifyAudit(IDecisionChainReader reader)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var (records, head) = await reader.ReadChainAsync(cancellationToken);
        var problems = new List<string>();
        var (expectedPrevious, chained, before) = (DecisionChain.Genesis, 0, 0);
        ChainedDecision? last = null;
        foreach (var entry in records)
        {
            var id = entry.Record.Id;
            if (entry.RecordHash is null || entry.PrevHash is null)
            {
                if (last is null) before++;
                else problems.Add($"record {id}: has no hash inside the chain (inserted by hand)");
                continue;
            }
            chained++;
            if (entry.PrevHash != expectedPrevious)
                problems.Add($"record {id}: does not follow the record before it (a record was deleted or inserted before it)");
            if (DecisionChain.Hash(entry.PrevHash, entry.Record) != entry.RecordHash)
                problems.Add($"record {id}: edited (its content no longer matches its hash)");
            expectedPrevious = entry.RecordHash;
            last = entry;
        }
        if (head is { } h && (last is null || h.LastId != last.Record.Id || h.LastHash != last.RecordHash))
            problems.Add($"the newest record should be {h.LastId}, but the chain ends at {(last is null ? "nothing" : last.Record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))}: later records were deleted");
        if (head is null && last is not null) problems.Add("the chain's head is missing (deleted)");
        return new AuditVerification(chained, before, problems);
    }
}
