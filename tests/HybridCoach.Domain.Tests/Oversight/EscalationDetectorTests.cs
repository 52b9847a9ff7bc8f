using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Oversight;
using Xunit;
using static HybridCoach.Domain.Tests.Oversight.EscalationTestData;

namespace HybridCoach.Domain.Tests.Oversight;

public class EscalationDetectorTests
{
    [Fact]
    public void Detect_SeveralAlerts_SortsByUrgencyThenNewestFirst()
    {
        var signals = new[]
        {
            Signal(Ago(5), lifeStress: 5),
            Signal(Ago(3), pain: true, painSite: "knee"),
            Signal(Ago(1), note: "felt my heart racing at night"),
        };
        var kinds = EscalationDetector.Detect(Input(signals: signals)).Select(e => (e.Kind, e.Urgency, e.Date)).ToArray();
        Assert.Equal(
        [
            (EscalationKind.MedicalRedFlag, 1, Ago(1)),
            (EscalationKind.PainFlag, 1, Ago(3)),
            (EscalationKind.MajorLifeStressor, 4, Ago(5)),
        ], kinds);
    }

    [Fact]
    public void Detect_QuietWeeks_ReturnsNothing()
    {
        var signals = Baseline(AsOf.AddDays(1)).Select(s => s with { }).ToList();
        var checkIns = new[] { CheckIn(Ago(13), "good week"), CheckIn(Ago(6), "all fine") };
        Assert.Empty(EscalationDetector.Detect(Input(checkIns, signals)));
    }

    [Fact]
    public void Detect_DataAfterAsOf_IsIgnored()
    {
        Assert.Empty(EscalationDetector.Detect(Input(signals: [Signal(AsOf.AddDays(1), pain: true)])));
    }

    [Fact]
    public void Urgency_Documented_Order()
    {
        Assert.Equal([1, 1, 2, 3, 3, 4, 4],
            new[] { EscalationKind.MedicalRedFlag, EscalationKind.PainFlag, EscalationKind.RestingHrAnomaly, EscalationKind.MissedKeySessions,
                    EscalationKind.RepeatedSoreness, EscalationKind.FallingMotivation, EscalationKind.MajorLifeStressor }.Select(EscalationUrgency.Of));
    }

    [Fact]
    public void Detect_MedicalRedFlagInCheckInNotes_QuotesOnlyTheMatchedWords()
    {
        var checkIn = CheckIn(Ago(6), "Long story, but on Thursday I got chest pain at 5 km and stopped.");
        var alert = Assert.Single(EscalationDetector.Detect(Input([checkIn])));
        Assert.Equal(EscalationKind.MedicalRedFlag, alert.Kind);
        Assert.Equal(["2026-03-23 check-in notes: \"chest pain\" (chest pain)"], alert.Evidence);
    }

    [Fact]
    public void Detect_RedFlagInOldCheckIn_IsNotRaisedAgain()
    {
        Assert.Empty(EscalationDetector.Detect(Input([CheckIn(Ago(20), "chest pain on Monday")])));
    }

    [Fact]
    public void Detect_PainOnTwoDays_OneAlertPerReportWithItsSite()
    {
        var alerts = EscalationDetector.Detect(Input(signals: [Signal(Ago(4), pain: true, painSite: "knee"), Signal(Ago(2), pain: true, painSite: "knee")]));
        Assert.Equal([Ago(2), Ago(4)], alerts.Select(a => a.Date));
        Assert.All(alerts, a => Assert.Equal((EscalationKind.PainFlag, "knee"), (a.Kind, a.Site)));
        Assert.Equal(["2026-03-27 signals: pain at the knee"], alerts[0].Evidence);
        Assert.Equal("Pain reported at the knee on 2026-03-27: no running until it is assessed and the coach clears it.", alerts[0].Summary);
    }

    [Fact]
    public void Detect_PainEightDaysAgo_NotInTheSevenDayWindow()
    {
        Assert.Empty(EscalationDetector.Detect(Input(signals: [Signal(Ago(7), pain: true)])));
    }
}
