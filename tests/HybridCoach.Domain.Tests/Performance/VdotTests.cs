using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

public class VdotTests
{
    // science.md §1.2: Daniels' Running Formula 3rd ed. race-time table, columns 1500 m … marathon.
    private static readonly double[] TableDistancesM =
        [1500, 1609.344, 3000, 3218.688, 5000, 10000, 15000, 21097.5, 42195];

    public static TheoryData<int, string[]> TableRows => new()
    {
        { 30, ["8:30", "9:11", "17:56", "19:19", "30:40", "63:46", "98:14", "2:21:04", "4:49:17"] },
        { 40, ["6:35", "7:07", "14:03", "15:08", "24:08", "50:03", "77:06", "1:50:59", "3:49:45"] },
        { 50, ["5:24", "5:50", "11:33", "12:28", "19:57", "41:21", "63:36", "1:31:35", "3:10:49"] },
        { 60, ["4:35", "4:57", "9:50", "10:37", "17:03", "35:22", "54:18", "1:18:09", "2:43:25"] },
        { 70, ["4:00", "4:19", "8:34", "9:16", "14:55", "31:00", "47:32", "1:08:21", "2:23:10"] },
        { 80, ["3:34", "3:51", "7:37", "8:14", "13:17", "27:41", "42:25", "1:00:54", "2:07:38"] },
    };

    [Fact]
    public void FromPerformance_5kIn24_34_Is39_110() =>
        Assert.Equal(39.11039839652726, Vdot.FromPerformance(new Distance(5000), MinSec(24, 34)), 0.01);

    [Fact]
    public void FromPerformance_10kIn40_00_Is51_944() =>
        Assert.Equal(51.9440826680247, Vdot.FromPerformance(new Distance(10000), MinSec(40, 0)), 0.001);

    // Tolerance: the table is printed to whole seconds (±0.5 s), and the formula and the printed table differ by up
    // to 0.18 % (tlgs/vdot, science.md §1.4: 32 s on the VDOT 30 marathon). So |Δ| ≤ 1 s + 0.2 % of the table time.
    [Theory]
    [MemberData(nameof(TableRows))]
    public void EquivalentTime_DanielsTableRow_MatchesWithinTableTolerance(int vdot, string[] times)
    {
        for (var i = 0; i < TableDistancesM.Length; i++)
        {
            var expectedS = TableTime.Seconds(times[i]);
            var actualS = Vdot.EquivalentTime(vdot, new Distance(TableDistancesM[i])).Seconds;
            var toleranceS = 1 + 0.002 * expectedS;
            Assert.True(Math.Abs(actualS - expectedS) <= toleranceS,
                $"VDOT {vdot}, {TableDistancesM[i]} m: {actualS:0.0} s vs table {expectedS} s (±{toleranceS:0.0} s)");
        }
    }

    // science.md §1.4's suggested check: the VDOT of every printed time rounds to its row.
    [Theory]
    [MemberData(nameof(TableRows))]
    public void FromPerformance_DanielsTableTime_RoundsToItsRow(int vdot, string[] times)
    {
        for (var i = 0; i < TableDistancesM.Length; i++)
        {
            var actual = Vdot.FromPerformance(new Distance(TableDistancesM[i]), new Duration(TableTime.Seconds(times[i])));
            Assert.True(Math.Round(actual) == vdot, $"{TableDistancesM[i]} m in {times[i]}: VDOT {actual:0.000}, row {vdot}");
        }
    }

    // science.md §1.4 [COMP]: 4:49:17 for the marathon gives 30.069; 2:07:38 gives 80.064.
    [Theory]
    [InlineData("4:49:17", 30.069)]
    [InlineData("3:49:45", 39.973)]
    [InlineData("2:07:38", 80.064)]
    public void FromPerformance_TableMarathon_MatchesComputedReference(string time, double expected) =>
        Assert.Equal(expected, Vdot.FromPerformance(new Distance(42195), new Duration(TableTime.Seconds(time))), 0.001);

    [Fact]
    public void EquivalentTime_Of10kIn40Vdot_Is40MinutesWithinSolverTolerance() =>
        Assert.Equal(2400, Vdot.EquivalentTime(51.9440826680247, new Distance(10000)).Seconds, Vdot.SolverToleranceS);

    [Fact]
    public void FromPerformance_ZeroDistance_ThrowsNamingDistance()
    {
        var error = Assert.Throws<ArgumentException>(() => Vdot.FromPerformance(Distance.Zero, MinSec(20, 0)));
        Assert.Equal("distance", error.ParamName);
        Assert.StartsWith("distance must be more than 0 m", error.Message);
    }

    [Fact]
    public void FromPerformance_NegativeTime_ThrowsNamingTime()
    {
        var error = Assert.Throws<ArgumentException>(() => Vdot.FromPerformance(new Distance(5000), new Duration(-1)));
        Assert.StartsWith("time must be more than 0 s", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.NaN)]
    public void EquivalentTime_NonPositiveVdot_ThrowsNamingVdot(double vdot)
    {
        var error = Assert.Throws<ArgumentException>(() => Vdot.EquivalentTime(vdot, new Distance(5000)));
        Assert.StartsWith("vdot must be", error.Message);
    }

    private static Duration MinSec(int minutes, int seconds) => new(minutes * 60 + seconds);
}
