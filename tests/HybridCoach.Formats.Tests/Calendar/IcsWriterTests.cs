using System.Globalization;
using System.Text;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;
using Xunit;

namespace HybridCoach.Formats.Tests.Calendar;

public class IcsWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(1));

    private static string Write(DistanceUnit units = DistanceUnit.Kilometers) =>
        IcsWriter.ToText(TestPlans.OneWeek(), "Test runner; Season 2027", units, Stamp);

    private static IReadOnlyDictionary<string, IcsTestReader.ContentLine> EventOn(string text, DateOnly date) =>
        IcsTestReader.Events(text).Single(e => e["DTSTART"].Value == date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    [Fact]
    public void Write_OneWeek_OneEventPerNonRestSession()
    {
        var plan = TestPlans.OneWeek();
        Assert.Equal(7, plan.Sessions.Count());
        Assert.Equal(5, IcsTestReader.Events(Write()).Count);  // 7 days − 2 rest days
    }

    [Fact]
    public void Write_OneWeek_StartsWithCalendarHeaderAndEndsTheCalendar()
    {
        var lines = IcsTestReader.Lines(Write());
        Assert.Equal(("BEGIN", "VCALENDAR"), (lines[0].Name, lines[0].Value));
        Assert.Contains(lines, l => l is { Name: "VERSION", Value: "2.0" });
        Assert.Contains(lines, l => l is { Name: "PRODID", Value: "-//HybridCoach//Season plan//EN" });
        Assert.Equal("Test runner; Season 2027", IcsTestReader.Unescape(lines.Single(l => l.Name == "X-WR-CALNAME").Value));
        Assert.Equal(("END", "VCALENDAR"), (lines[^1].Name, lines[^1].Value));
    }

    [Fact]
    public void Write_OneWeek_DtStartDatesParseBackToSessionDatesWithDtEndNextDay()
    {
        var events = IcsTestReader.Events(Write());
        var starts = events.Select(e => DateOnly.ParseExact(e["DTSTART"].Value, "yyyyMMdd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(new[] { new DateOnly(2026, 12, 1), new(2026, 12, 2), new(2026, 12, 3), new(2026, 12, 5), new(2026, 12, 6) }, starts);
        Assert.All(events, e => Assert.Equal("VALUE=DATE", e["DTSTART"].Parameters));
        Assert.All(events, e => Assert.Equal(
            DateOnly.ParseExact(e["DTSTART"].Value, "yyyyMMdd", CultureInfo.InvariantCulture).AddDays(1),
            DateOnly.ParseExact(e["DTEND"].Value, "yyyyMMdd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_Stamp_IsTheGivenInstantInUtc()
    {
        Assert.All(IcsTestReader.Events(Write()), e => Assert.Equal("20261129T080000Z", e["DTSTAMP"].Value));
    }

    [Fact]
    public void Write_Twice_GivesIdenticalTextAndStableUniqueUids()
    {
        var text = Write();
        Assert.Equal(text, Write());
        var uids = IcsTestReader.Events(text).Select(e => e["UID"].Value).ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.Equal("test-runner-season-2027-moderate-20261203@hybridcoach", EventOn(text, TestPlans.TempoDay)["UID"].Value);
    }

    [Fact]
    public void Write_OneWeek_EveryLineEndsWithCrlfAndHasAtMost75Octets()
    {
        var text = Write();
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
        Assert.DoesNotContain('\r', text.Replace("\r\n", ""));
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.Contains(physical, l => l.StartsWith(' '));  // the tempo description is long enough to fold
    }

    [Fact]
    public void Write_TempoKilometres_SummaryAndEveryStepWithSizePaceZoneAndCue()
    {
        var tempo = EventOn(Write(), TestPlans.TempoDay);
        Assert.Equal("Tempo 10 km", IcsTestReader.Unescape(tempo["SUMMARY"].Value));
        Assert.Equal(
            "Threshold: raise lactate clearance; hold the pace, relaxed\\steady\n" +
            "Target zone: daniels_t\n" +
            "Warm-up: 2 km @ 5:20–5:50/km (z2) — easy, then 4 strides\n" +
            "3 × — three cruise reps\n" +
            "  Active: 1.6 km @ 4:00–4:10/km (daniels_t) — comfortably hard\n" +
            "  Recovery: 400 m @ 6:00–6:30/km (z1) — jog\n" +
            "Cool-down: 2 km @ 5:20–5:50/km (z2) — easy\n" +
            "Total: 10 km, 48:20",
            IcsTestReader.Unescape(tempo["DESCRIPTION"].Value));
    }

    [Fact]
    public void Write_TempoDescription_EscapesSemicolonCommaBackslashAndNewlineInTheFile()
    {
        var raw = IcsTestReader.Unfold(Write()).Split("\r\n").Single(l => l.StartsWith("DESCRIPTION:Threshold", StringComparison.Ordinal));
        Assert.StartsWith(@"DESCRIPTION:Threshold: raise lactate clearance\; hold the pace\, relaxed\\steady\nTarget zone", raw);
    }

    [Fact]
    public void Write_TempoMiles_DistancesAndPacesInMiles()
    {
        var tempo = EventOn(Write(DistanceUnit.Miles), TestPlans.TempoDay);
        Assert.Equal("Tempo 6.21 mi", IcsTestReader.Unescape(tempo["SUMMARY"].Value));
        var description = IcsTestReader.Unescape(tempo["DESCRIPTION"].Value);
        // 5:20/km × 1.609344 = 514.99 s/mi → 8:35/mi; 5:50/km → 563.27 s → 9:23/mi; 2000 m = 1.24 mi.
        Assert.Contains("Warm-up: 1.24 mi @ 8:35–9:23/mi (z2) — easy, then 4 strides", description);
        // 4:00/km → 386.24 s → 6:26/mi; 4:10/km → 402.34 s → 6:42/mi; 1600 m = 0.99 mi.
        Assert.Contains("  Active: 0.99 mi @ 6:26–6:42/mi (daniels_t) — comfortably hard", description);
    }

    [Fact]
    public void Write_StrengthDay_ListsEveryExerciseWithSetsRepsOrHold()
    {
        var strength = EventOn(Write(), new DateOnly(2026, 12, 2));
        Assert.Equal("Strength & conditioning", IcsTestReader.Unescape(strength["SUMMARY"].Value));
        var description = IcsTestReader.Unescape(strength["DESCRIPTION"].Value);
        Assert.Contains("Exercises:\n- Goblet squat: 3 × 10 — knees track toes, chest up\n- Plank: 3 × 45 s — straight line; breathe\n" +
                        "- Single-leg RDL: 2 × 8 — slow, hips square", description);
        Assert.EndsWith("Total: 30 min", description);
    }

    [Fact]
    public void Write_LongRunByTime_ShowsDurationAndPace()
    {
        var longRun = EventOn(Write(), new DateOnly(2026, 12, 5));
        Assert.Equal("Long run 18 km", IcsTestReader.Unescape(longRun["SUMMARY"].Value));
        Assert.Contains("Active: 1:40:00 @ 5:25–5:55/km (z2) — steady, fuel every 30 min", IcsTestReader.Unescape(longRun["DESCRIPTION"].Value));
    }

    [Fact]
    public void Write_EmptyCalendarName_IsRejectedNamingTheInput()
    {
        var error = Assert.Throws<ArgumentException>(() => IcsWriter.ToText(TestPlans.OneWeek(), " ", DistanceUnit.Kilometers, Stamp));
        Assert.Contains("calendar name", error.Message);
    }
}
