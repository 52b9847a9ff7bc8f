namespace HybridCoach.Formats.Fit.Messages;

/// <summary>
/// Every decoded message of one file in a few chunked arrays: a 16-byte entry per message, a 12-byte
/// slot per field with the value unboxed, side pools for array elements, byte arrays and strings, and
/// the layouts (one per definition) that give names and units. No object is allocated per message or per
/// numeric field (only strings are); <see cref="FitMessage"/> is a view (store, index) that materialises
/// objects only when asked.
/// </summary>
internal sealed class FitMessageStore
{
    private readonly FitChunkedArray<FitMessageEntry> _messages;
    private FitChunkedArray<FitFieldSlot> _slots;
    private readonly FitChunkedArray<FitDeveloperSlot> _developerSlots = new(512);
    private readonly FitChunkedArray<long> _elements = new(1024);
    private readonly FitChunkedArray<byte> _bytes = new(4096);
    private readonly List<object> _objects = [];
    private readonly List<FitMessageLayout> _layouts = [];

    /// <param name="contentLength">The file size, to pick chunk sizes (a field takes at least one byte).</param>
    public FitMessageStore(int contentLength)
    {
        _messages = new FitChunkedArray<FitMessageEntry>(contentLength / 16);
        _slots = new FitChunkedArray<FitFieldSlot>(contentLength / 2);
    }

    public int Count { get; private set; }

    public int AddLayout(FitMessageLayout layout)
    {
        _layouts.Add(layout);
        return _layouts.Count - 1;
    }

    public FitMessageLayout Layout(int message) => _layouts[_messages[message].LayoutIndex];

    public ReadOnlySpan<FitFieldSlot> Slots(int message)
    {
        ref readonly var entry = ref _messages[message];
        return _slots.Slice(entry.SlotStart, entry.SlotCount);
    }

    public ReadOnlySpan<FitDeveloperSlot> DeveloperSlots(int message)
    {
        ref readonly var entry = ref _messages[message];
        return entry.DeveloperCount == 0 ? [] : _developerSlots.Slice(entry.DeveloperStart, entry.DeveloperCount);
    }

    /// <summary>Room for one message's fields; pass the number used to <see cref="Commit"/>.</summary>
    public Span<FitFieldSlot> ReserveSlots(int count, out int start) => _slots.Reserve(count, out start);

    public Span<FitDeveloperSlot> ReserveDeveloperSlots(int count, out int start) => _developerSlots.Reserve(count, out start);

    /// <summary>Ends the message whose slots were reserved last; returns its index.</summary>
    public int Commit(int layoutIndex, int slotStart, int slotCount, int developerStart, int developerCount)
    {
        _slots.Commit(slotStart, slotCount);
        if (developerCount > 0) _developerSlots.Commit(developerStart, developerCount);
        _messages.Add(new FitMessageEntry
        {
            LayoutIndex = layoutIndex, SlotStart = slotStart, SlotCount = (ushort)slotCount,
            DeveloperStart = developerStart, DeveloperCount = (ushort)developerCount,
        });
        return Count++;
    }

    /// <summary>Room for an array's elements (longs, or doubles as bits); kept only if <see cref="CommitElements"/> is called.</summary>
    public Span<long> ReserveElements(int count, out int start) => _elements.Reserve(count, out start);

    public void CommitElements(int start, int count) => _elements.Commit(start, count);

    public ReadOnlySpan<long> Elements(long start, int count) => _elements.Slice((int)start, count);

    public int AddBytes(ReadOnlySpan<byte> bytes)
    {
        var span = _bytes.Reserve(bytes.Length, out var start);
        bytes.CopyTo(span);
        _bytes.Commit(start, bytes.Length);
        return start;
    }

    public ReadOnlySpan<byte> Bytes(long start, int count) => _bytes.Slice((int)start, count);

    public int AddObject(object value)
    {
        _objects.Add(value);
        return _objects.Count - 1;
    }

    public object Object(long index) => _objects[(int)index];

    /// <summary>
    /// Replaces field <paramref name="number"/> of the given messages (ascending) by a new last field,
    /// rewriting the slots once; used after decoding, when hr messages give records their heart rates.
    /// </summary>
    public void ReplaceField(IReadOnlyList<(int Message, FitFieldSlot Slot)> replacements, byte number)
    {
        var rewritten = new FitChunkedArray<FitFieldSlot>(_slots.ChunkLength);
        var next = 0;
        for (var message = 0; message < Count; message++)
        {
            ref var entry = ref _messages[message];
            var old = _slots.Slice(entry.SlotStart, entry.SlotCount);
            var replace = next < replacements.Count && replacements[next].Message == message;
            var target = rewritten.Reserve(old.Length + 1, out var start);
            var kept = 0;
            foreach (var slot in old)
            {
                if (!replace || slot.Number != number) target[kept++] = slot;
            }
            if (replace) target[kept++] = replacements[next++].Slot;
            rewritten.Commit(start, kept);
            entry.SlotStart = start;
            entry.SlotCount = (ushort)kept;
        }
        _slots = rewritten;
    }
}
