using Xunit;

namespace HybridCoach.Testing;

/// <summary>A fact about the native coach: skipped when it is not built (or stale) and optional, run (and failing) otherwise.</summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (!NativeCoach.IsMandatory && NativeCoach.Unusable() is { } reason) Skip = reason;
    }
}
