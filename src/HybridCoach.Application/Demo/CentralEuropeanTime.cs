namespace HybridCoach.Application.Demo;

/// <summary>
/// The UTC offset of Central European Time on a date: +01:00, or +02:00 in summer time, which runs from
/// the last Sunday of March to the last Sunday of October (Directive 2000/84/EC, articles 2 and 3; the
/// switch at 01:00 UTC is ignored because the athlete never trains at night).
/// </summary>
public static class CentralEuropeanTime
{
    public static TimeSpan OffsetOn(DateOnly date)
    {
        var summerStart = LastSunday(date.Year, 3);
        var summerEnd = LastSunday(date.Year, 10);
        return date >= summerStart && date < summerEnd ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
