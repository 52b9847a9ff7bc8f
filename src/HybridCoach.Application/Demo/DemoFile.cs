namespace HybridCoach.Application.Demo;

/// <summary>One synthetic recording: the FIT bytes and the file name a watch export would give it.</summary>
public sealed record DemoFile(string FileName, byte[] Content, DateOnly Date, DemoSessionKind Kind);
