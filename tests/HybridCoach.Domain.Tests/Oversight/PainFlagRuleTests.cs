using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Oversight;
using Xunit;
using static HybridCoach.Domain.Tests.Oversight.EscalationTestData;

namespace HybridCoach.Domain.Tests.Oversight;

/// <summary>Pain from every input becomes one alert per report with its site, raised at once (DetectImmediate) and keyed so a rerun raises nothing new.</summary>
public class PainFlagRuleTests
{
    [Fact]
    public void DetectImmediate_PainInCheckInNotes_AlertWithSiteAndQuote()
    {
        var alert = Assert.Single(EscalationDetector.DetectImmediate(Input([CheckIn(Ago(2), "sharp pain in right achilles, limping")])));
        Assert.Equal((EscalationKind.PainFlag, 1, "right_achilles", Ago(2)), (alert.Kind, alert.Urgency, alert.Site, alert.Date));
        Assert.Equal(["2026-03-27 check-in notes: \"sharp pain\" at the right achilles"], alert.Evidence);
        Assert.Equal("check-in notes|right_achilles", alert.Key);
    }

    [Fact]
    public void DetectImmediate_NoPainInNotes_Nothing()
    {
        Assert.Empty(EscalationDetector.DetectImmediate(Input([CheckIn(Ago(2), "no pain, legs a bit sore after the hills")])));
    }

    [Fact]
    public void DetectImmediate_RedFlagText_OnlyTheRedFlag()
    {
        var alert = Assert.Single(EscalationDetector.DetectImmediate(Input([CheckIn(Ago(1), "chest pain and felt dizzy")])));
        Assert.Equal(EscalationKind.MedicalRedFlag, alert.Kind);
        Assert.Equal("check-in notes|chest_pain,fainting", alert.Key);
    }

    [Fact]
    public void DetectImmediate_NiggleAtTheFiveLine_PainWithSidedSite()
    {
        var alerts = EscalationDetector.DetectImmediate(Input([CheckIn(Ago(3), null, new Niggle("calf", BodySide.Left, 5), new Niggle("knee", BodySide.Right, 4))]));
        var alert = Assert.Single(alerts);
        Assert.Equal(("left_calf", "Niggle at the left calf at 5/10 in the check-in, past the 5/10 pain line: no running until it is assessed and the coach clears it."),
            (alert.Site, alert.Summary));
    }

    [Fact]
    public void DetectImmediate_ActivityNote_AlertOnTheActivityDay()
    {
        var input = new EscalationInput(AsOf, [], [], [], Notes: [new DatedNote(Ago(1), "activity 7 notes", "my knee hurts on the downhills")]);
        var alert = Assert.Single(EscalationDetector.DetectImmediate(input));
        Assert.Equal((Ago(1), "knee", "activity 7 notes|knee"), (alert.Date, alert.Site, alert.Key));
    }

    [Fact]
    public void DetectImmediate_SameEvidenceLater_SameKeyAndSummary()
    {
        var signals = new[] { Signal(Ago(3), pain: true, painSite: "shin") };
        var first = Assert.Single(EscalationDetector.DetectImmediate(Input(signals: signals)));
        var later = Assert.Single(EscalationDetector.DetectImmediate(new EscalationInput(AsOf.AddDays(2), [], signals, [])));
        Assert.Equal((first.Date, first.Key, first.Summary), (later.Date, later.Key, later.Summary));
    }
}
