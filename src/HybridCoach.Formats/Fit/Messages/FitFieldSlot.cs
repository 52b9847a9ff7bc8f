using System.Runtime.InteropServices;

namespace HybridCoach.Formats.Fit.Messages;

/// <summary>
/// One decoded field in 12 bytes: <see cref="Bits"/> holds the long, the double's bits, or the start index
/// of an array/string in the store's pools (<see cref="Length"/> elements; a FIT field is at most 255 bytes). Names and units are not stored:
/// they come from the static FIT Profile by the message's global number and <see cref="Number"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct FitFieldSlot
{
    public long Bits;
    public byte Number;
    public FitSlotKind Kind;
    public byte Length;

    /// <summary>True for the timestamp a compressed-timestamp header implies (named "timestamp" in any message).</summary>
    public bool ImpliedTimestamp;

    public static FitFieldSlot Long(byte number, long value) => new() { Number = number, Kind = FitSlotKind.Long, Bits = value };

    public static FitFieldSlot Double(byte number, double value) =>
        new() { Number = number, Kind = FitSlotKind.Double, Bits = BitConverter.DoubleToInt64Bits(value) };
}
