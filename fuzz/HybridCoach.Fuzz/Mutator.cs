using System.Text;

namespace HybridCoach.Fuzz;

/// <summary>
/// Seeded mutations of a file, the same for the same seed: bit flips, "interesting" bytes (0, 0x7F, 0x80, 0xFF),
/// runs of random bytes written over, inserted, deleted or duplicated, truncation — the classic byte-level set of
/// AFL's havoc stage — and, for text formats, numbers swapped for hostile ones ("1e308", "-1e308", "NaN",
/// "99999999999", "-1") so XML files with garbage values are reached too, not only unparseable ones.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[] Interesting = [0x00, 0x01, 0x7F, 0x80, 0xFF];
    private static readonly string[] HostileNumbers = ["1e308", "-1e308", "NaN", "Infinity", "99999999999", "-1", "0", "1e-320", "4294967295", "-3600"];
    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input, bool text)
    {
        ArgumentNullException.ThrowIfNull(input);
        var data = input.ToList();
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            if (text && _random.Next(3) == 0) data = ReplaceNumber(data);
            else Havoc(data);
        }
        return [.. data];
    }

    private void Havoc(List<byte> data)
    {
        if (data.Count == 0)
        {
            data.Add((byte)_random.Next(256));
            return;
        }
        var at = _random.Next(data.Count);
        var length = Math.Min(data.Count - at, 1 + _random.Next(16));
        switch (_random.Next(7))
        {
            case 0: data[at] ^= (byte)(1 << _random.Next(8)); break;
            case 1: data[at] = Interesting[_random.Next(Interesting.Length)]; break;
            case 2: for (var i = 0; i < length; i++) data[at + i] = (byte)_random.Next(256); break;
            case 3: data.InsertRange(at, Enumerable.Range(0, length).Select(_ => (byte)_random.Next(256))); break;
            case 4: data.RemoveRange(at, length); break;
            case 5: data.InsertRange(at, data.GetRange(at, length)); break;
            default: data.RemoveRange(at, data.Count - at); break;
        }
    }

    private List<byte> ReplaceNumber(List<byte> data)
    {
        var text = Encoding.UTF8.GetString([.. data]);
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToList();
        if (digits.Count == 0) return data;
        var start = digits[_random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.')) end++;
        return [.. Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, start), HostileNumbers[_random.Next(HostileNumbers.Length)], text.AsSpan(end)))];
    }
}
