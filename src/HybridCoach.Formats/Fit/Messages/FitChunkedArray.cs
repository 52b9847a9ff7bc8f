using System.Numerics;

namespace HybridCoach.Formats.Fit.Messages;

/// <summary>
/// An append-only array kept in fixed-size chunks, so a decoder can store millions of fields without
/// ever copying them to grow, nor guessing the file's field count up front. A reservation never
/// straddles two chunks (a chunk's tail is skipped when too short), so every message's values are one
/// contiguous span. Reservations are at most a few hundred items (a FIT field is at most 255 bytes).
/// </summary>
internal sealed class FitChunkedArray<T>
    where T : struct
{
    private readonly List<T[]> _chunks = [];
    private readonly int _shift;
    private readonly int _mask;
    private int _end;

    /// <param name="expectedItems">A hint: chunks hold a power of two between 512 and 16,384 items near it (so any one FIT message, at most 255 fields plus a few added, fits in a chunk).</param>
    public FitChunkedArray(int expectedItems)
    {
        var chunkLength = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(expectedItems, 512, 4096));
        _shift = BitOperations.Log2((uint)chunkLength);
        _mask = chunkLength - 1;
    }

    public int ChunkLength => _mask + 1;

    public ref T this[int index] => ref _chunks[index >> _shift][index & _mask];

    public Span<T> Slice(int start, int length) => _chunks[start >> _shift].AsSpan(start & _mask, length);

    /// <summary>Room for <paramref name="length"/> contiguous items at index <paramref name="start"/>; commit with <see cref="Commit"/>.</summary>
    public Span<T> Reserve(int length, out int start)
    {
        if (length > ChunkLength) throw new ArgumentOutOfRangeException(nameof(length), length, "larger than a chunk");
        var offset = _end & _mask;
        if (_end == _chunks.Count << _shift || offset + length > ChunkLength)
        {
            _end = _chunks.Count << _shift;
            _chunks.Add(GC.AllocateUninitializedArray<T>(ChunkLength));
            offset = 0;
        }
        start = _end;
        return _chunks[^1].AsSpan(offset, length);
    }

    /// <summary>Keeps the first <paramref name="length"/> items of the last reservation.</summary>
    public void Commit(int start, int length) => _end = start + length;

    public int Add(T item)
    {
        Reserve(1, out var start)[0] = item;
        Commit(start, 1);
        return start;
    }
}
