namespace HybridCoach.Formats.Fit;

/// <summary>
/// One developer field of a definition message (FIT Protocol, "Developer Field Definition": field number,
/// size, developer data index), with its byte offset in the data message.
/// </summary>
public readonly record struct FitDeveloperFieldDefinition(byte FieldNumber, byte Size, byte DeveloperIndex, int Offset);
