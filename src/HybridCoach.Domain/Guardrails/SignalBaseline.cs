namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// The athlete's own baseline of one recovery signal: the values reported on the <c>days</c> mornings before the
/// decided date (the date itself excluded, so today is compared with the past, not with itself), their mean and
/// sample standard deviation (n − 1, the usual estimate from a sample of days). Independent of list order.
/// </summary>
public sealed record SignalBaseline(IReadOnlyList<double> Readings)
{
    public int Count => Readings.Count;

    public double Mean => Count == 0 ? double.NaN : Readings.Sum() / Count;

    public double SampleSd
    {
        get
        {
            if (Count < 2) return 0;
            var mean = Mean;
            var squares = 0.0;
            foreach (var value in Readings) squares += (value - mean) * (value - mean);
            return Math.Sqrt(squares / (Count - 1));
        }
    }

    public static SignalBaseline Before(DecisionSnapshot snapshot, int days, Func<Athletes.RecoverySignals, double?> value)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(value);
        var first = snapshot.Date.AddDays(-days);
        var readings = new List<double>();
        foreach (var signals in snapshot.Signals.Where(s => s.Date >= first && s.Date < snapshot.Date).OrderBy(s => s.Date))
        {
            if (value(signals) is { } reading) readings.Add(reading);
        }
        return new SignalBaseline(readings);
    }
}
