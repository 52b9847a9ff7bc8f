using HybridCoach.Application.Coaching;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

public class EscalationBriefsTests
{
    private static StoredEscalation Alert(params string[] evidence) => new(7, "medical_red_flag", 1, new DateOnly(2026, 5, 18),
        "Possible medical red flag (chest pain) in the check-in notes: stop hard training until assessed by a clinician.", evidence,
        "key", EscalationStatus.Open, DateTimeOffset.UnixEpoch);

    [Fact]
    public void From_RedFlagEvidence_QuotesTheAthletesWordsOnly()
    {
        var brief = EscalationBriefs.From(Alert("2026-05-18 check-in notes: \"chest pain\" (chest_pain)", "2026-05-19 daily note: mentions \"divorce\"",
            "resting_hr: 58 bpm against a \"baseline\" of 48"), "Anna");

        Assert.Equal(("Anna", "e7", "medical_red_flag", 1, "escalation:e7"), (brief.Athlete, brief.AlertId, brief.Kind, brief.Urgency, brief.Reference));
        Assert.Equal(["chest pain", "divorce"], brief.AthleteQuotes);
        Assert.Equal(["chest pain", "divorce", "Anna"], brief.AthleteText);   // the name is the athlete's words too: quoted, never a source of facts
        Assert.Equal(3, brief.Evidence.Count);
    }

    [Fact]
    public void From_NoName_Athlete()
    {
        Assert.Equal(("athlete", new DateOnly(2026, 5, 18)), (EscalationBriefs.From(Alert(), "  ").Athlete, EscalationBriefs.From(Alert(), null).Date));
    }
}
