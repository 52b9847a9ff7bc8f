using HybridCoach.Application.Coaching;
using HybridCoach.Application.Summaries;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class WeekLinesTests
{
    private static readonly DateOnly Monday = new(2026, 5, 18);
    private static readonly DateOnly Sunday = new(2026, 5, 24);

    [Fact]
    public void PlanChanges_VersionsMadeInTheWeek_OneLineEach()
    {
        PlanVersionSummary[] versions =
        [
            new(1, new DateTimeOffset(2026, 5, 17, 23, 0, 0, TimeSpan.Zero), "balanced", "generate", "plan generated for Goal half on 2026-08-09", null, null, 0),
            new(2, new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero), "balanced", "adjustment a1", "adjusted on request: legs heavy", "policy", 1, 0),
            new(3, new DateTimeOffset(2026, 5, 25, 0, 0, 0, TimeSpan.Zero), "balanced", "restore", "restored from version 1", "coach", 1, 0),
        ];

        Assert.Equal(["v2 adjustment a1: adjusted on request: legs heavy"], WeekLines.PlanChanges(versions, Monday, Sunday));
    }

    [Fact]
    public void Alerts_OfTheWeek_MostUrgentFirst()
    {
        StoredEscalation Alert(long id, string kind, int urgency, DateOnly day, string summary) =>
            new(id, kind, urgency, day, summary, [], $"k{id}", EscalationStatus.Open, DateTimeOffset.UnixEpoch);
        StoredEscalation[] alerts =
        [
            Alert(1, "repeated_soreness", 3, Monday.AddDays(1), "knee sore three weeks running"),
            Alert(2, "medical_red_flag", 1, Sunday, "chest pain in the notes"),
            Alert(3, "missed_sessions", 2, Monday.AddDays(-1), "three sessions missed"),
        ];

        Assert.Equal(["e2 medical_red_flag (urgency 1): chest pain in the notes", "e1 repeated_soreness (urgency 3): knee sore three weeks running"],
            WeekLines.Alerts(alerts, Monday, Sunday));
    }
}
