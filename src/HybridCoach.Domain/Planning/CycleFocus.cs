namespace HybridCoach.Domain.Planning;

/// <summary>The one-line focus of a microcycle, from its phase (the seed plan doc's phase descriptions).</summary>
public static class CycleFocus
{
    public static string For(Phase phase, bool recovery, bool runWalk)
    {
        if (runWalk) return "Return to running: run-walk, easy only, tissues first.";
        if (recovery && phase != Phase.Recovery) return "Recovery microcycle: less volume, no hard sessions — absorb the training.";
        return phase switch
        {
            Phase.Base => "Aerobic base: easy volume, relaxed long run, strides; no hard sessions yet.",
            Phase.Build => "Build: volume rises with threshold and interval work; the longest, hardest block.",
            Phase.Sharpen => "Specific: race-specific work at goal pace; the volume reaches its peak.",
            Phase.Taper => "Taper: volume falls, short quality keeps you sharp; bank the fitness.",
            Phase.Race => "Race microcycle: light running, no new stress, rest the day before.",
            _ => "Post-race recovery: rest and easy running only.",
        };
    }
}
