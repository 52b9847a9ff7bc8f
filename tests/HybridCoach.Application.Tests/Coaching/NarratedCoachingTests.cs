using System.Text.Json;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Narration;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

/// <summary>Plan changes and new alerts are narrated where they happen and each narration is on file (in-memory audit, echo narrator).</summary>
public class NarratedCoachingTests
{
    [Fact]
    public async Task AcceptAdjustment_AppliedAsVersionTwo_NarratedAsPlanVersionTwo()
    {
        var w = await CoachingWorld.CreateAsync();
        var hard = (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Hard);
        var p = await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);

        var outcome = (await w.Adjust.AcceptAsync(p.Id)).Outcome!;

        var record = Assert.Single(w.Narrations.Records);
        Assert.Equal((1L, "About plan_version:2.", NarrationSources.Template), (outcome.Narrative!.AuditId, outcome.Narrative.Text, outcome.Narrative.Source));
        Assert.Equal((NarrationPurpose.AdaptationDiff, "plan_version:2", hard.Date, "About plan_version:2."), (record.Purpose, record.Reference, record.NarratedFor, record.Text));
        var brief = Assert.IsType<PlanChangeBrief>(Assert.Single(w.Narrator.Subjects));
        Assert.Equal(("adjustment a1", "auto_apply", 1L, 2L), (brief.Source, brief.Route, brief.FromVersion, brief.ToVersion));
        // The eased session is the one change: the week's long run stays within the long-run rule of the lighter week
        // (the runner's own longest run and Higdon's half of the week), so it is not shortened by consequence.
        Assert.Equal(hard.Date, Assert.Single(outcome.Changes).Date);
        Assert.Equal((hard.DistanceM, p.Adjustment.Replacement.DistanceM), (brief.DistanceBeforeM, brief.DistanceAfterM));
        Assert.True(brief.LoadChangePct < 0, $"{brief.LoadChangePct}");
        using var subject = JsonDocument.Parse(record.SubjectJson);
        Assert.Equal(brief.DistanceBeforeM, subject.RootElement.GetProperty("distance_before_m").GetDouble());
        Assert.Equal(hard.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            subject.RootElement.GetProperty("changes")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task CheckIn_ChestPain_AlertNarratedForTheCoachQuotingTheAthlete()
    {
        var w = await CoachingWorld.CreateAsync();
        var checkIn = new CheckIn(new DateOnly(2026, 5, 18), 6, 7, [], "Felt some chest pain on Sunday's long run", AdjustmentRequest.None);

        var result = await w.CheckIns.RecordAsync(checkIn, CoachingWorld.AsOf);

        var alert = Assert.Single(result.Escalations);
        Assert.Equal("About escalation:e1.", result.AlertNarratives[alert.Id].Text);
        var brief = Assert.IsType<EscalationBrief>(Assert.Single(w.Narrator.Subjects));
        Assert.Equal(("Test Runner", "e1", "medical_red_flag", 1), (brief.Athlete, brief.AlertId, brief.Kind, brief.Urgency));
        Assert.Equal(["chest pain"], brief.AthleteQuotes);
        var record = Assert.Single(w.Narrations.Records);
        Assert.Equal((NarrationPurpose.EscalationAlert, "escalation:e1"), (record.Purpose, record.Reference));
        using var subject = JsonDocument.Parse(record.SubjectJson);
        Assert.Equal(["chest pain"], subject.RootElement.GetProperty("athlete_quotes").EnumerateArray().Select(q => q.GetString()));
    }
}
