using HybridCoach.Application.Errors;
using Xunit;

namespace HybridCoach.Application.Tests.Inputs;

/// <summary>A use case names inputs by their stems; the CLI spells a stem as its option and leaves any other name alone.</summary>
public sealed class InputNamesTests
{
    [Theory]
    [InlineData("reason", "--reason")]
    [InlineData("cycle_days", "--cycle-days")]
    [InlineData("avg_hr", "--avg-hr")]
    [InlineData("distance and duration", "--distance and --duration")]
    [InlineData("--from", "--from")]
    [InlineData("DATE", "DATE")]
    [InlineData("distance and elapsed time", "distance and elapsed time")]
    [InlineData("RPE", "RPE")]
    public void AsOption_StemsBecomeOptions_OtherNamesStay(string input, string expected) =>
        Assert.Equal(expected, InputNames.AsOption(input));

    [Fact]
    public void InvalidInput_MessageByStem_AsOptionForTheTerminal()
    {
        var error = new InvalidInputException("cycle_days", " 3: expected 7 to 14 days");

        Assert.Equal(("cycle_days", "cycle_days 3: expected 7 to 14 days"), (error.Input, error.Message));
        Assert.Equal("--cycle-days 3: expected 7 to 14 days", error.AsOption());
    }
}
