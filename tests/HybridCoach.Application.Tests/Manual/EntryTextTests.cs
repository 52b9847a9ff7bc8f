using HybridCoach.Application.Manual;
using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Application.Tests.Manual;

public sealed class EntryTextTests
{
    [Fact]
    public void Parse_GoodValues_Parsed()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), EntryText.ParseDate("2024-02-29"));
        Assert.Equal(new TimeOnly(6, 45), EntryText.ParseTime("06:45"));
        Assert.Equal(new TimeOnly(18, 5, 30), EntryText.ParseTime("18:05:30"));
        Assert.Equal(148, EntryText.ParseHeartRate("148").BeatsPerMinute);
        Assert.Equal(7, EntryText.ParseRpe("7"));
        Assert.Equal(Sport.TrailRunning, EntryText.ParseSport("trail_run"));
        Assert.Equal(Sport.Cycling, EntryText.ParseSport("Ride"));
    }

    [Theory]
    [InlineData("date", "2023-02-29", "date '2023-02-29': expected a date as yyyy-mm-dd")]
    [InlineData("date", "01/05/2024", "date '01/05/2024': expected a date as yyyy-mm-dd")]
    [InlineData("time", "25:00", "start '25:00': expected a time of day as hh:mm or hh:mm:ss")]
    [InlineData("hr", "300", "avg_hr '300': expected beats per minute between 25 and 250")]
    [InlineData("hr", "5:00", "avg_hr '5:00': expected beats per minute between 25 and 250")]
    [InlineData("rpe", "11", "rpe '11': expected a whole number from 1 to 10")]
    [InlineData("rpe", "6.5", "rpe '6.5': expected a whole number from 1 to 10")]
    [InlineData("rpe", "0", "rpe '0': expected a whole number from 1 to 10")]
    [InlineData("sport", "quidditch", "sport 'quidditch': unknown sport; use run, trail_run, treadmill_run, walk, hike, ride, swim, row, strength, cross_training or other")]
    public void Parse_BadValue_NamesInputAndReason(string kind, string text, string message)
    {
        Action parse = kind switch
        {
            "date" => () => EntryText.ParseDate(text),
            "time" => () => EntryText.ParseTime(text),
            "hr" => () => EntryText.ParseHeartRate(text),
            "rpe" => () => EntryText.ParseRpe(text),
            _ => () => EntryText.ParseSport(text),
        };

        Assert.Equal(message, Assert.Throws<EntryFormatException>(parse).Message);
    }
}
