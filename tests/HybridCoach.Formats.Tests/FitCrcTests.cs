using System.Text;
using HybridCoach.Formats.Fit;
using Xunit;

namespace HybridCoach.Formats.Tests;

public class FitCrcTests
{
    /// <summary>The FIT CRC is CRC-16/ARC; its published check value for "123456789" is 0xBB3D.</summary>
    [Fact]
    public void Compute_OfStandardCheckString_IsArcCheckValue() =>
        Assert.Equal(0xBB3D, FitCrc.Compute(Encoding.ASCII.GetBytes("123456789")));
}
