using HybridCoach.Application.Coaching;
using HybridCoach.Application.Inbox;
using HybridCoach.Application.Tests.Fakes;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

public class CoachInboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 20, 0, 0, TimeSpan.Zero);

    private sealed class TwoAthletes(Dictionary<string, InMemoryCoachingStores> stores) : ICoachedAthletes
    {
        public IReadOnlyList<string> List() => [.. stores.Keys];

        public AthleteInboxStores Open(string athlete) => new(stores[athlete], stores[athlete]);
    }

    private static StoredEscalation Alert(string kind, int urgency, int day) =>
        new(0, kind, urgency, new DateOnly(2026, 5, day), $"{kind} alert", [$"evidence of {kind}"], $"{kind}|{day}", EscalationStatus.Open, Now);

    [Fact]
    public async Task Read_TwoAthletes_SortedByUrgencyThenNewestAcrossBoth()
    {
        var anna = new InMemoryCoachingStores();
        var ben = new InMemoryCoachingStores();
        await anna.AddIfNewAsync(Alert("falling_motivation", 4, 19));
        await anna.AddIfNewAsync(Alert("missed_key_sessions", 3, 17));
        await ben.AddIfNewAsync(Alert("medical_red_flag", 1, 18));
        await ben.AddIfNewAsync(Alert("resting_hr_anomaly", 2, 20));
        await ben.AcknowledgeAsync(2, "coach", "seen", Now);
        await anna.AddAsync(new StoredProposal(0, "adaptation", "lower week 3", """{"source":"checkin","base_version":1,"variant":"moderate","plan_json":null,"changes":[],"adjustment_id":null}""",
            "coach_approval", "adaptation.strictest_part", "cancel_key_workout", ProposalStatus.Pending, Now));

        var items = await new CoachInbox(new TwoAthletes(new() { ["anna"] = anna, ["ben"] = ben })).ReadAsync();

        Assert.Equal([("ben", "e1", 1), ("anna", "p1", 3), ("anna", "e2", 3), ("anna", "e1", 4)], items.Select(i => (i.Athlete, i.Id, i.Urgency)));
        Assert.Equal(("proposal:adaptation", "coach_approval"), (items[1].Kind, items[1].Route));
        Assert.Equal("evidence of medical_red_flag", Assert.Single(items[0].Evidence));
    }
}
