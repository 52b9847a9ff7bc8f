using Xunit;

namespace HybridCoach.Testing;

/// <summary>A fact that needs the shared corpus: skipped when it is absent and optional, run (and failing) otherwise.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Corpus.IsMandatory && Corpus.Root is null) Skip = $"corpus not found; set {Corpus.Variable}";
    }
}
