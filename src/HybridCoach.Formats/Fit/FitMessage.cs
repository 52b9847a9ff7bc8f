using HybridCoach.Formats.Fit.Messages;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// One decoded data message with scaled field values (message mode). A view into the file's compact
/// message store: values are decoded and scaled when the file is decoded and kept unboxed;
/// <see cref="Fields"/>, <see cref="Field(string)"/> and <see cref="DeveloperFields"/> build
/// <see cref="FitField"/> objects on each call, while <see cref="GetDouble(string)"/> and
/// <see cref="GetString"/> read the stored value without allocating. Obtain messages from
/// <see cref="FitFile.Messages"/>; a default instance has no message behind it.
/// </summary>
public readonly struct FitMessage
{
    private readonly FitMessageStore _store;
    private readonly int _index;

    internal FitMessage(FitMessageStore store, int index)
    {
        _store = store;
        _index = index;
    }

    public ushort GlobalNumber => _store.Layout(_index).GlobalNumber;

    /// <summary>snake_case FIT Profile name ("record", "session"), or "unknown_N".</summary>
    public string Name => _store.Layout(_index).Name;

    /// <summary>How many valid fields the message has (without building them).</summary>
    public int FieldCount => _store.Slots(_index).Length;

    /// <summary>The valid fields in definition order, then any implied timestamp and expanded components.</summary>
    public IReadOnlyList<FitField> Fields
    {
        get
        {
            var slots = _store.Slots(_index);
            var profile = _store.Layout(_index).Profile;
            var fields = new FitField[slots.Length];
            for (var i = 0; i < slots.Length; i++) fields[i] = Build(slots[i], profile);
            return fields;
        }
    }

    public IReadOnlyList<FitDeveloperField> DeveloperFields
    {
        get
        {
            var slots = _store.DeveloperSlots(_index);
            if (slots.IsEmpty) return [];
            var fields = new FitDeveloperField[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                var (description, value) = (slots[i].Description, FitSlotValues.ToObject(_store, slots[i].Kind, slots[i].Bits, slots[i].Length));
                fields[i] = new FitDeveloperField(description.DeveloperIndex, description.FieldNumber, description.Name, description.Units, value);
            }
            return fields;
        }
    }

    internal FitMessageStore Store => _store;
    internal int Index => _index;

    public FitField? Field(string name) => FindSlot(name) is var i and >= 0 ? Build(_store.Slots(_index)[i], _store.Layout(_index).Profile) : null;

    public FitField? Field(int number) => FindSlot(number) is var i and >= 0 ? Build(_store.Slots(_index)[i], _store.Layout(_index).Profile) : null;

    /// <summary>The named field as a number (first element of an array), or null when absent, a string or bytes.</summary>
    public double? GetDouble(string name) => FindSlot(name) is var i and >= 0 ? AsDouble(i) : null;

    /// <summary>The field with this number as a number, like <see cref="GetDouble(string)"/>.</summary>
    public double? GetDouble(int number) => FindSlot(number) is var i and >= 0 ? AsDouble(i) : null;

    public string? GetString(string name) =>
        FindSlot(name) is var i and >= 0 && _store.Slots(_index)[i] is { Kind: FitSlotKind.String } slot ? (string)_store.Object(slot.Bits) : null;

    /// <summary>The first stored field with this number (as <see cref="Field(int)"/> finds it).</summary>
    internal bool TryGetSlot(int number, out FitFieldSlot slot)
    {
        var i = FindSlot(number);
        slot = i >= 0 ? _store.Slots(_index)[i] : default;
        return i >= 0;
    }

    private double? AsDouble(int slotIndex)
    {
        ref readonly var slot = ref _store.Slots(_index)[slotIndex];
        return FitSlotValues.AsDouble(_store, slot.Kind, slot.Bits, slot.Length);
    }

    private int FindSlot(string name)
    {
        var slots = _store.Slots(_index);
        var profile = _store.Layout(_index).Profile;
        for (var i = 0; i < slots.Length; i++)
        {
            if (FitSlotValues.Name(profile, slots[i]) == name) return i;
        }
        return -1;
    }

    private int FindSlot(int number)
    {
        var slots = _store.Slots(_index);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Number == number) return i;
        }
        return -1;
    }

    private FitField Build(in FitFieldSlot slot, Profile.FitMessageProfile? profile) =>
        new(slot.Number, FitSlotValues.Name(profile, slot), FitSlotValues.ToObject(_store, slot.Kind, slot.Bits, slot.Length),
            FitSlotValues.Units(profile, slot));
}
