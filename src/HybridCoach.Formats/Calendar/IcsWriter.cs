using System.Globalization;
using System.Text;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Formats.Calendar;

/// <summary>
/// Writes a season plan as an iCalendar stream (RFC 5545): one VCALENDAR with VERSION and PRODID (§3.7),
/// one all-day VEVENT per session that is not a rest day — DTSTART;VALUE=DATE and DTEND the next day (§3.6.1:
/// for an anniversary-style all-day event DTEND is the day after), a UID stable across re-exports of the same
/// plan so calendar apps update events instead of duplicating them (§3.8.4.7), DTSTAMP given by the caller
/// (no clock here), SUMMARY with type and distance, and DESCRIPTION with the full prescription. Every line is
/// TEXT-escaped where it holds text, folded at 75 octets and ended by CRLF (§3.1).
/// </summary>
public static class IcsWriter
{
    public const string ProductId = "-//HybridCoach//Season plan//EN";
    private const string UidDomain = "hybridcoach";

    public static void Write(SeasonPlan plan, string calendarName, DistanceUnit units, DateTimeOffset stamp, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(calendarName))
            throw new ArgumentException("calendar name: must not be empty (it names the calendar and prefixes every event UID)", nameof(calendarName));
        var lines = new IcsLines(output);
        lines.Add("BEGIN:VCALENDAR");
        lines.Add("VERSION:2.0");
        lines.Add("PRODID:" + ProductId);
        lines.Add("CALSCALE:GREGORIAN");
        lines.Add("METHOD:PUBLISH");
        lines.Text("X-WR-CALNAME", calendarName);
        var dtStamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var session in plan.Sessions.Where(s => s.Type != SessionType.Rest))
            WriteEvent(lines, session, Uid(calendarName, plan.Variant, session.Date), dtStamp, units);
        lines.Add("END:VCALENDAR");
    }

    /// <summary>The plan as one string (CRLF line endings), for callers that want the whole file.</summary>
    public static string ToText(SeasonPlan plan, string calendarName, DistanceUnit units, DateTimeOffset stamp)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(plan, calendarName, units, stamp, writer);
        return writer.ToString();
    }

    /// <summary>"{calendar slug}-{variant}-{yyyymmdd}@hybridcoach": one session per day, so date and variant identify it.</summary>
    public static string Uid(string calendarName, PlanVariant variant, DateOnly date) =>
        $"{Slug(calendarName)}-{variant.ToString().ToLowerInvariant()}-{date:yyyyMMdd}@{UidDomain}";

    private static void WriteEvent(IcsLines lines, PlannedSession session, string uid, string dtStamp, DistanceUnit units)
    {
        lines.Add("BEGIN:VEVENT");
        lines.Add("UID:" + uid);
        lines.Add("DTSTAMP:" + dtStamp);
        lines.Add("DTSTART;VALUE=DATE:" + session.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        lines.Add("DTEND;VALUE=DATE:" + session.Date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        lines.Text("SUMMARY", PrescriptionFormat.Title(session, units));
        lines.Text("DESCRIPTION", SessionDescription.Of(session, units));
        lines.Text("CATEGORIES", session.Type.ToId());
        // An all-day training session should not block the day as busy (§3.8.2.7).
        lines.Add("TRANSP:TRANSPARENT");
        lines.Add("END:VEVENT");
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : "plan";
    }

    private sealed class IcsLines(TextWriter output)
    {
        public void Add(string line) => output.Write(IcsText.Fold(line) + IcsText.LineBreak);

        public void Text(string name, string value) => Add(name + ":" + IcsText.Escape(value));
    }
}
