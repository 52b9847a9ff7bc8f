using HybridCoach.Domain.Oversight;
using Xunit;

namespace HybridCoach.Domain.Tests.Oversight;

/// <summary>Pain in the athlete's own words, with its site, and what must not fire.</summary>
public class PainPhrasesTests
{
    [Theory]
    [InlineData("sharp pain in right achilles, limping", "sharp pain", "right_achilles")]
    [InlineData("My left knee hurts when I go downstairs", "hurts", "left_knee")]
    [InlineData("calves hurt after the hills", "hurt", "calf")]
    [InlineData("I was limping for the last mile", "limping", null)]
    [InlineData("can't put weight on my foot", "can't put weight", "foot")]
    public void Find_PainInOwnWords_PhraseAndSite(string text, string phrase, string? site)
    {
        var first = PainPhrases.Find(text)[0];
        Assert.Equal((phrase, site), (first.Phrase, first.Site));
    }

    [Theory]
    [InlineData("no pain at all, felt great")]
    [InlineData("it didn't hurt today")]
    [InlineData("ran pain-free for the first time")]
    [InlineData("calf a bit sore and tight")]
    [InlineData("without any pain in the knee")]
    [InlineData("")]
    public void Find_NegatedOrSoreness_Nothing(string text) => Assert.Empty(PainPhrases.Find(text));

    [Fact]
    public void Find_NegatedThenReal_OnlyTheReal()
    {
        var found = Assert.Single(PainPhrases.Find("no pain in the calf, but my hip hurts"));
        Assert.Equal("hip", found.Site);
    }

    [Theory]
    [InlineData("chest pain and felt dizzy", new[] { "chest_pain", "fainting" })]
    [InlineData("got light-headed at the top of the hill", new[] { "fainting" })]
    [InlineData("not dizzy at all", new string[0])]
    public void MedicalRedFlags_Dizziness_IsNearFainting(string text, string[] ids) =>
        Assert.Equal(ids, MedicalRedFlags.Find(text).Select(f => f.Id));
}
