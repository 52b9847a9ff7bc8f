using HybridCoach.Domain.Adaptation;
using Xunit;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>Reasons that ask for more are recognised; reasons for an easier session, negations included, are not.</summary>
public class HarderRequestTests
{
    [Theory]
    [InlineData("make it harder please", "harder")]
    [InlineData("I want a longer run today", "longer")]
    [InlineData("feeling great, add intervals", "add intervals")]
    [InlineData("can I do more km", "more km")]
    [InlineData("increase the tempo", "increase")]
    public void Find_AsksForMore_TheWords(string reason, string words) => Assert.Equal(words, HarderRequest.Find(reason));

    [Theory]
    [InlineData("legs heavy, need more rest")]
    [InlineData("no longer than 40 minutes")]
    [InlineData("swap the intervals for something easy")]
    [InlineData("calf is sore")]
    public void Find_AsksForLessOrNegated_Null(string reason) => Assert.Null(HarderRequest.Find(reason));
}
