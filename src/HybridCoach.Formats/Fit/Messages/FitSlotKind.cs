namespace HybridCoach.Formats.Fit.Messages;

/// <summary>
/// What a stored value is, so it can stay unboxed until a caller asks for an object: a long (unscaled
/// integers, enums, date_times), a double (scaled or float), or a reference into the store's side pools.
/// </summary>
internal enum FitSlotKind : byte
{
    /// <summary>Invalid (the base type's sentinel): the field is left out of the message.</summary>
    None,
    Long,
    Double,
    String,
    StringArray,
    Bytes,
    LongArray,
    DoubleArray,
}
