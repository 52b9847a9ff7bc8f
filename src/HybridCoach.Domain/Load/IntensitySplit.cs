namespace HybridCoach.Domain.Load;

/// <summary>Time in Seiler's three bands (<see cref="IntensityBand"/>); the percentages are null when no time was counted.</summary>
public sealed record IntensitySplit(double EasyS, double ModerateS, double HardS)
{
    public static IntensitySplit From(IReadOnlyList<ZoneTime> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        double easy = 0, moderate = 0, hard = 0;
        foreach (var zone in zones)
        {
            switch (zone.Band)
            {
                case IntensityBand.Easy: easy += zone.TimeS; break;
                case IntensityBand.Moderate: moderate += zone.TimeS; break;
                default: hard += zone.TimeS; break;
            }
        }
        return new IntensitySplit(easy, moderate, hard);
    }

    public double TotalS => EasyS + ModerateS + HardS;

    public double? EasyPercent => Percent(EasyS);

    public double? ModeratePercent => Percent(ModerateS);

    public double? HardPercent => Percent(HardS);

    private double? Percent(double timeS) => TotalS > 0 ? 100 * timeS / TotalS : null;
}
