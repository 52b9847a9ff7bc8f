namespace HybridCoach.Benchmarks.Corpus;

/// <summary>How a FIT file is decoded in a benchmark.</summary>
public enum DecodeMode
{
    /// <summary>Every message built with scaled values (FitDecoder): what the peers do.</summary>
    Messages,

    /// <summary>Record messages decoded straight into sample columns (FitActivityReader): what an import does.</summary>
    Columns,
}
