using HybridCoach.Domain.Oversight;
using Xunit;

namespace HybridCoach.Domain.Tests.Oversight;

public class MedicalRedFlagsTests
{
    [Theory]
    [InlineData("Had some chest pain on the hill repeats", MedicalRedFlags.ChestPain)]
    [InlineData("CHEST TIGHTNESS after the tempo", MedicalRedFlags.ChestPain)]
    [InlineData("felt pressure in my chest", MedicalRedFlags.ChestPain)]
    [InlineData("I passed out briefly after the race", MedicalRedFlags.Fainting)]
    [InlineData("nearly fainted at the finish", MedicalRedFlags.Fainting)]
    [InlineData("Blacked out for a second on the stairs", MedicalRedFlags.Fainting)]
    [InlineData("physio thinks it could be a stress fracture", MedicalRedFlags.SuspectedStressFracture)]
    [InlineData("the shin throbs at night", MedicalRedFlags.SuspectedStressFracture)]
    [InlineData("sharp bone pain in the foot", MedicalRedFlags.SuspectedStressFracture)]
    [InlineData("short of breath even when sitting on the sofa", MedicalRedFlags.BreathlessAtRest)]
    [InlineData("Palpitations during the easy run", MedicalRedFlags.Palpitations)]
    [InlineData("my heart was racing at night", MedicalRedFlags.Palpitations)]
    public void Find_Symptom_FlagsIt(string text, string id)
    {
        Assert.Contains(MedicalRedFlags.Find(text), f => f.Id == id);
    }

    [Theory]
    [InlineData("No chest pain, no dizziness")]
    [InlineData("I haven't fainted or anything")]
    [InlineData("legs sore after the long run, out of breath on the hills")]
    [InlineData("heart rate high on the intervals as expected")]
    [InlineData("not a stress fracture according to the scan")]
    [InlineData("great week, all good")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_NoSymptomOrNegated_FlagsNothing(string? text)
    {
        Assert.Empty(MedicalRedFlags.Find(text));
    }

    [Fact]
    public void Find_NegatedThenAffirmedInNextClause_FlagsOnlyTheAffirmed()
    {
        var flags = MedicalRedFlags.Find("No chest pain but I fainted after Tuesday's intervals");
        var flag = Assert.Single(flags);
        Assert.Equal((MedicalRedFlags.Fainting, "fainted"), (flag.Id, flag.Phrase));
    }
}
