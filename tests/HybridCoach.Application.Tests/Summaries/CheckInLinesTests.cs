using HybridCoach.Application.Coaching;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Athletes;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class CheckInLinesTests
{
    private static StoredCheckIn CheckIn(long id, DateOnly weekStart, string? notes = null, string? request = null, params Niggle[] niggles) =>
        new(id, weekStart, 6, 7, CoachingJson.Niggles(niggles), notes, request, CoachingJson.Request(AdjustmentRequest.None), DateTimeOffset.UnixEpoch);

    [Fact]
    public void From_NigglesAndNotes_OneLinePerNiggle()
    {
        var line = CheckInLines.From(CheckIn(1, new DateOnly(2026, 5, 18), "long run felt heavy", " ",
            new Niggle("calf", BodySide.Left, 3), new Niggle("lower_back", BodySide.Central, 2)));

        Assert.Equal((6, 7), (line.Effort, line.Fatigue));
        Assert.Equal(["calf left 3/10", "lower_back central 2/10"], line.Niggles);
        Assert.Equal("long run felt heavy", line.Notes);
        Assert.Null(line.Request);
    }

    [Fact]
    public void ForWeek_MondayCheckInsAndAThursdayWeek_TheOneSharingMostDays()
    {
        var thursday = new DateOnly(2026, 5, 21);
        StoredCheckIn[] checkIns = [CheckIn(1, new DateOnly(2026, 5, 11)), CheckIn(2, new DateOnly(2026, 5, 18)), CheckIn(3, new DateOnly(2026, 5, 25))];

        // The week of the 18th shares 4 days (Thu–Sun) with the 21st's, the 25th's 3 days, the 11th's none.
        Assert.Equal(2, CheckInLines.ForWeek(checkIns, thursday)!.Id);
        Assert.Equal(3, CheckInLines.ForWeek(checkIns, new DateOnly(2026, 5, 24))!.Id);
        Assert.Null(CheckInLines.ForWeek(checkIns, new DateOnly(2026, 6, 4)));
    }

    [Fact]
    public void ForWeek_TwoForTheSameWeek_TheLastRecorded()
    {
        var monday = new DateOnly(2026, 5, 18);

        Assert.Equal(5, CheckInLines.ForWeek([CheckIn(4, monday), CheckIn(5, monday)], monday)!.Id);
    }
}
