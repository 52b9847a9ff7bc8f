using HybridCoach.Application.Manual;
using Xunit;

namespace HybridCoach.Application.Tests.Manual;

public sealed class DistanceTextTests
{
    [Theory]
    [InlineData("10km", 10_000)]
    [InlineData("10 km", 10_000)]
    [InlineData("10k", 10_000)]
    [InlineData("10.5KM", 10_500)]
    [InlineData("6.2mi", 9_977.9328)] // 6.2 x 1609.344 m
    [InlineData("1 mile", 1_609.344)]
    [InlineData("5000m", 5_000)]
    [InlineData("half", 21_097.5)]
    [InlineData("Half Marathon", 21_097.5)]
    [InlineData("marathon", 42_195)]
    [InlineData("0km", 0)]
    public void Parse_WithUnit_Meters(string text, double meters)
    {
        Assert.Equal(meters, DistanceText.Parse(text).Meters, 6);
    }

    [Theory]
    [InlineData("10kk", "distance '10kk': expected a number with km, mi or m")]
    [InlineData("10", "distance '10': expected a number with km, mi or m")]
    [InlineData("-5km", "distance '-5km': expected a number with km, mi or m")]
    [InlineData("ten km", "distance 'ten km': expected a number with km, mi or m")]
    [InlineData("", "distance '': expected a number with km, mi or m")]
    [InlineData("5000km", "distance '5000km': more than 1000 km; check the unit")]
    public void Parse_BadInput_NamesInputAndReason(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<EntryFormatException>(() => DistanceText.Parse(text)).Message);
    }
}
