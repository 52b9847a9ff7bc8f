namespace HybridCoach.Domain.Units;

/// <summary>An amount of time, stored in seconds (fractional seconds allowed).</summary>
public readonly record struct Duration(double Seconds) : IComparable<Duration>
{
    public static Duration Zero => new(0);

    public double Minutes => Seconds / 60.0;
    public double Hours => Seconds / 3600.0;

    public static Duration FromMinutes(double minutes) => new(minutes * 60.0);
    public static Duration FromHours(double hours) => new(hours * 3600.0);
    public static Duration FromTimeSpan(TimeSpan span) => new(span.TotalSeconds);

    public TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(Seconds);

    public static Duration operator +(Duration a, Duration b) => new(a.Seconds + b.Seconds);
    public static Duration operator -(Duration a, Duration b) => new(a.Seconds - b.Seconds);
    public static bool operator <(Duration a, Duration b) => a.Seconds < b.Seconds;
    public static bool operator >(Duration a, Duration b) => a.Seconds > b.Seconds;
    public static bool operator <=(Duration a, Duration b) => a.Seconds <= b.Seconds;
    public static bool operator >=(Duration a, Duration b) => a.Seconds >= b.Seconds;

    public int CompareTo(Duration other) => Seconds.CompareTo(other.Seconds);

    /// <summary>h:mm:ss, or m:ss under an hour.</summary>
    public override string ToString()
    {
        var total = (long)Math.Round(Seconds);
        var hours = total / 3600;
        var minutes = total % 3600 / 60;
        var seconds = total % 60;
        return hours > 0 ? $"{hours}:{minutes:00}:{seconds:00}" : $"{minutes}:{seconds:00}";
    }
}
