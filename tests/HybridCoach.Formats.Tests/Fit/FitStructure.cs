namespace HybridCoach.Formats.Tests.Fit;

/// <summary>Test-side walk of a FIT file's first segment to find its definition messages (FIT Protocol, "Record Header").</summary>
public static class FitStructure
{
    public static IReadOnlyList<int> DefinitionOffsets(byte[] bytes)
    {
        var offsets = new List<int>();
        if (bytes.Length < 12) return offsets;
        var sizes = new int[16];
        var p = (int)bytes[0];
        while (p < bytes.Length - 2)
        {
            var header = bytes[p];
            if ((header & 0xC0) == 0x40)
            {
                offsets.Add(p);
                if (p + 6 > bytes.Length) break;
                var count = bytes[p + 5];
                var size = 0;
                var q = p + 6;
                for (var i = 0; i < count && q + 2 < bytes.Length; i++, q += 3) size += bytes[q + 1];
                if ((header & 0x20) != 0 && q < bytes.Length)
                {
                    var devCount = bytes[q++];
                    for (var i = 0; i < devCount && q + 2 < bytes.Length; i++, q += 3) size += bytes[q + 1];
                }
                sizes[header & 0x0F] = size;
                p = q;
            }
            else p += 1 + sizes[(header & 0x80) != 0 ? (header >> 5) & 3 : header & 0x0F];
        }
        return offsets;
    }
}
