using System.Globalization;

namespace HybridCoach.Domain.Oversight;

/// <summary>
/// The oversight decision tree (docs/oversight.md): for each proposed change, whether it is applied automatically,
/// suggested to the athlete, or held for the coach, by the branches of <see cref="ApprovalSettings"/>.
/// An "easier" replacement that adds load is routed as a load increase; cancelling a session that is not a key
/// workout is routed as a load reduction (all of it when no figure is given); an adaptation goes where its strictest
/// part (or its net load change) goes. Load fractions on the line belong to the milder branch (−10 % auto, −10.1 % not).
/// </summary>
public sealed class ApprovalPolicy(ApprovalSettings settings)
{
    /// <summary>Absorbs rounding in computed fractions (e.g. 90/100 − 1) at the boundaries.</summary>
    private const double BoundaryTolerance = 1e-9;

    public static IReadOnlyList<string> RuleIds { get; } =
    [
        "easier_replacement", "load_reduction.small", "load_reduction.large", "load_increase.small", "load_increase.large",
        "move_session", "cancel_key_workout", "add_race", "change_goal", "change_target_time", "regenerate_plan",
        "adaptation.strictest_part", "adaptation.unsized",
    ];

    public ApprovalPolicy() : this(ApprovalSettings.Default) { }

    public ApprovalSettings Settings { get; } = (settings ?? throw new ArgumentNullException(nameof(settings))).Validate();

    public RouteDecision Route(ProposedChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var s = Settings;
        return change.Category switch
        {
            ChangeCategory.EasierReplacement when change.LoadChangeFraction > 0 => Increase(change.LoadChangeFraction.Value, "an 'easier' replacement that adds load: ", "the replacement adds load: "),
            ChangeCategory.EasierReplacement => new(s.EasierReplacement, "easier_replacement", "a replacement that is never harder than the planned session") { Plain = "the new session is never harder than the one planned" },
            ChangeCategory.LoadReduction => Reduction(Required(change, sign: -1)),
            ChangeCategory.LoadIncrease => Increase(Required(change, sign: +1)),
            ChangeCategory.MoveSession => new(s.MoveSession, "move_session", "a session moves to another day"),
            ChangeCategory.CancelKeyWorkout when change.KeyWorkout => new(s.CancelKeyWorkout, "cancel_key_workout", "a key workout is cancelled"),
            ChangeCategory.CancelKeyWorkout => Reduction(Math.Min(0, change.LoadChangeFraction ?? -1), "cancelling a session that is not a key workout: ", "a session is cancelled: "),
            ChangeCategory.AddRace => new(s.AddRace, "add_race", "a race is added to the season") { Plain = "a race is added to your season" },
            ChangeCategory.ChangeGoal => new(s.ChangeGoal, "change_goal", "the goal race changes"),
            ChangeCategory.ChangeTargetTime => new(s.ChangeTargetTime, "change_target_time", "the target time changes"),
            ChangeCategory.RegeneratePlan => new(s.RegeneratePlan, "regenerate_plan", "the plan is generated afresh"),
            ChangeCategory.Adaptation => Adaptation(change),
            _ => throw new ArgumentException($"category {change.Category}: not a change the policy knows"),
        };
    }

    private RouteDecision Reduction(double fraction, string prefix = "", string plainPrefix = "")
    {
        var cut = -fraction;
        var max = Settings.AutoApplyMaxLoadReductionFraction;
        var plain = plainPrefix + Text($"it lowers the planned load by {cut * 100:0} %, {(cut <= max + BoundaryTolerance ? "no more than" : "more than")} {max * 100:0.#} %");
        return cut <= max + BoundaryTolerance
            ? new(Settings.SmallLoadReduction, "load_reduction.small", prefix + Text($"load {Percent(fraction)} (cut of at most {max * 100:0.#} %)")) { Plain = plain }
            : new(Settings.LargeLoadReduction, "load_reduction.large", prefix + Text($"load {Percent(fraction)} (cut of more than {max * 100:0.#} %)")) { Plain = plain };
    }

    private RouteDecision Increase(double fraction, string prefix = "", string plainPrefix = "")
    {
        var max = Settings.SuggestMaxLoadIncreaseFraction;
        var plain = plainPrefix + Text($"it raises the planned load by {fraction * 100:0} %, {(fraction <= max + BoundaryTolerance ? "no more than" : "more than")} {max * 100:0.#} %");
        return fraction <= max + BoundaryTolerance
            ? new(Settings.SmallLoadIncrease, "load_increase.small", prefix + Text($"load {Percent(fraction)} (rise of at most {max * 100:0.#} %)")) { Plain = plain }
            : new(Settings.LargeLoadIncrease, "load_increase.large", prefix + Text($"load {Percent(fraction)} (rise of more than {max * 100:0.#} %)")) { Plain = plain };
    }

    private RouteDecision Adaptation(ProposedChange change)
    {
        var candidates = change.Parts.Select(part => (part.Summary, Decision: Route(part))).ToList();
        if (change.LoadChangeFraction is { } net)
            candidates.Add(("net load change", net > 0 ? Increase(net) : Reduction(net)));
        if (candidates.Count == 0)
            return new(Settings.UnsizedAdaptation, "adaptation.unsized", "an adaptation with no parts and no load figure") { Plain = "the change has no load figure to judge it by" };
        var strictest = candidates.OrderByDescending(c => c.Decision.Route).First();
        return new(strictest.Decision.Route, "adaptation.strictest_part",
            $"routed by its strictest change, '{strictest.Summary}' ({strictest.Decision.RuleId}: {strictest.Decision.Reason})") { Plain = strictest.Decision.Plain };
    }

    private static double Required(ProposedChange change, int sign)
    {
        var name = change.Category == ChangeCategory.LoadReduction ? "load_reduction" : "load_increase";
        if (change.LoadChangeFraction is not { } f) throw new ArgumentException($"load_change_fraction: required for {name}");
        if (Math.Sign(f) == -sign) throw new ArgumentException(Text($"load_change_fraction {f}: a {name} must have {(sign < 0 ? "a negative" : "a positive")} fraction"));
        return f;
    }

    private static string Percent(double fraction) => Text($"{fraction * 100:+0.0;-0.0;0.0} %");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
