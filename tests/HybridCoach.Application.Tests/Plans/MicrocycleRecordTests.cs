using System.Text.Json;
using HybridCoach.Application.Plans.Records;
using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Application.Tests.Plans;

public class MicrocycleRecordTests
{
    private static readonly DateOnly Monday = new(2025, 3, 3);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RoundTrip_ReducedMark_IsKept(bool reduced)
    {
        var cycle = new Microcycle(4, Phase.Build, Monday, "threshold", false, [], reduced);

        var json = JsonSerializer.Serialize(MicrocycleRecord.From(cycle), PlanJson.Options);
        var read = JsonSerializer.Deserialize<MicrocycleRecord>(json, PlanJson.Options)!.ToMicrocycle();

        Assert.Contains($"\"reduced\":{(reduced ? "true" : "false")}", json);
        Assert.Equal((4, Phase.Build, Monday, reduced), (read.Index, read.Phase, read.Start, read.Reduced));
    }

    [Fact]
    public void Read_JsonWithoutReduced_IsNotReduced()
    {
        const string json = """{"index":2,"phase":"base","start":"2025-03-03","focus":"aerobic","recovery":false,"days":[]}""";

        var read = JsonSerializer.Deserialize<MicrocycleRecord>(json, PlanJson.Options)!.ToMicrocycle();

        Assert.Equal((2, Phase.Base, false), (read.Index, read.Phase, read.Reduced));
    }
}
