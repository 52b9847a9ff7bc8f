using HybridCoach.Application.Restrictions;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach state --json`: what is in force as of the day — open flags, holds, unavailable days ahead, recent requests — and the day's call from them alone.</summary>
public sealed record StateJson(string AsOf, string StateCall, IReadOnlyList<string> Reasons, IReadOnlyList<OpenFlagJson> Flags, IReadOnlyList<HoldJson> Holds,
    IReadOnlyList<string> UnavailableDays, IReadOnlyList<RequestJson> RecentRequests)
{
    public static StateJson From(AthleteStateView view, string call, IReadOnlyList<string> reasons) => new(RecoverySignalsJson.DateText(view.AsOf), call, reasons,
        [.. view.State.Flags.Select(f => new OpenFlagJson(f.AlertId, HoldKinds.ToId(f.Kind), RecoverySignalsJson.DateText(f.Since), f.Site, f.Summary))],
        [.. view.Holds.Select(HoldJson.From)],
        [.. view.State.UnavailableDays.Where(d => d >= view.AsOf).Select(RecoverySignalsJson.DateText)], RequestJson.From(view.RecentRequests));
}

/// <summary>A flag in force until the coach clears it: the alert (e3), kind (medical_red_flag or pain), since when, the site for pain, the alert's summary.</summary>
public sealed record OpenFlagJson(string AlertId, string Kind, string Since, string? Site, string Summary);
