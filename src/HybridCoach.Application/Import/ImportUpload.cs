namespace HybridCoach.Application.Import;

/// <summary>One file to import as a stream (an upload, standard input) under the name its owner gave it.</summary>
public sealed record ImportUpload(string Name, Stream Content);
