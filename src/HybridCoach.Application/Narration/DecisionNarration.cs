using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Narration;

/// <summary>
/// The daily call's narration as its own audit record (issue 15 item 3): the decision is on file first, with
/// <see cref="NarrationSources.SeparateRecord"/> as its narrative source, and its explanation follows in the narration
/// audit under <see cref="Reference"/> — so no narration, whatever the model replies, can lose or duplicate a decision.
/// <see cref="Merge"/> puts the two back together for `coach audit show`.
/// </summary>
public static class DecisionNarration
{
    /// <summary>The narration audit reference of a decision's explanation: <c>decision:42</c>.</summary>
    public static string Reference(long decisionId) => FormattableString.Invariant($"decision:{decisionId}");

    /// <summary>The decision record as shown: its own narrative, or (when narrated separately) the narration's text, source and model exchange.</summary>
    public static DecisionAuditRecord Merge(DecisionAuditRecord record, NarrationAuditRecord? narration)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.NarrativeSource != NarrationSources.SeparateRecord) return record;
        return narration is null
            ? record with { Narrative = "(not narrated: the command stopped after the decision was recorded)" }
            : record with { Narrative = narration.Text, NarrativeSource = narration.Source, Llm = narration.Exchange };
    }
}
