namespace HybridCoach.Domain.Adaptation;

/// <summary>How a planned session went: ids are the lower-case names.</summary>
public enum SessionStatus
{
    /// <summary>Not yet due (after the as-of date).</summary>
    Upcoming,

    /// <summary>A rest day that was rested (or only cross-trained lightly).</summary>
    Rested,

    /// <summary>Done: a matching activity of at least ~80 % of the planned size.</summary>
    Done,

    /// <summary>A matching activity, but well short of the planned size.</summary>
    Partial,

    /// <summary>Nothing done for it.</summary>
    Missed,

    /// <summary>Something else done instead (e.g. a ride for a run, an easy run for intervals).</summary>
    Replaced,
}
