using HybridCoach.Application.Manual;
using Xunit;

namespace HybridCoach.Application.Tests.Manual;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("50:00", 3000)]
    [InlineData("1:02:03", 3723)]
    [InlineData("45m", 2700)]
    [InlineData("45 min", 2700)]
    [InlineData("3000s", 3000)]
    [InlineData("1h30m", 5400)]
    [InlineData("1h 30m 15s", 5415)]
    [InlineData("2h", 7200)]
    [InlineData("95:30", 5730)]
    [InlineData("19:59.5", 1199.5)]
    public void Parse_GoodInput_Seconds(string text, double seconds)
    {
        Assert.Equal(seconds, DurationText.Parse(text).Seconds);
    }

    [Theory]
    [InlineData("50:75", "duration '50:75': seconds must be below 60")]
    [InlineData("1:75:00", "duration '1:75:00': minutes must be below 60")]
    [InlineData("fast", "duration 'fast': expected m:ss, h:mm:ss or a number with h, m or s (e.g. 50:00, 1:02:03, 45m)")]
    [InlineData("50", "duration '50': expected m:ss, h:mm:ss or a number with h, m or s (e.g. 50:00, 1:02:03, 45m)")]
    [InlineData("0:00", "duration '0:00': must be more than 0")]
    [InlineData("200h", "duration '200h': longer than 7 days; check the format")]
    public void Parse_BadInput_NamesInputAndReason(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<EntryFormatException>(() => DurationText.Parse(text)).Message);
    }
}
