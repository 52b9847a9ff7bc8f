using Xunit;

namespace HybridCoach.Testing;

/// <summary>A theory over corpus files: skipped when the corpus is absent and optional, run (and failing) otherwise.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!Corpus.IsMandatory && Corpus.Root is null) Skip = $"corpus not found; set {Corpus.Variable}";
    }
}
