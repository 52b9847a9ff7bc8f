namespace HybridCoach.Cli;

/// <summary>Input the CLI cannot act on; the message is the one line shown on stderr.</summary>
public sealed class CliInputException(string message) : Exception(message);
