using System.Buffers.Binary;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// Parses a definition message (FIT Protocol, "Definition Message": reserved, architecture 0 = little /
/// 1 = big endian, global message number, field count, 3 bytes per field, then optionally a developer
/// field count and 3 bytes per developer field). Bounded: at most 255 + 255 entries per definition.
/// </summary>
internal static class FitDefinitionParser
{
    public static string? Parse(ReadOnlySpan<byte> content, int p, int limit, long dataEnd, byte header,
        out FitMessageDefinition? definition, out int next)
    {
        definition = null;
        next = p;
        var hasDeveloperFields = (header & 0x20) != 0;
        if (p + 6 > limit) return FitDataScanner.Overrun(content.Length, p + 6, dataEnd, p, "a definition message");
        var bigEndian = content[p + 2] != 0;
        var global = bigEndian
            ? BinaryPrimitives.ReadUInt16BigEndian(content[(p + 3)..])
            : BinaryPrimitives.ReadUInt16LittleEndian(content[(p + 3)..]);
        int fieldCount = content[p + 5];
        var q = p + 6;
        if (q + 3 * fieldCount > limit) return FitDataScanner.Overrun(content.Length, q + 3 * fieldCount, dataEnd, p, "a definition message");
        var fields = new FitFieldDefinition[fieldCount];
        var kept = 0;
        var offset = 0;
        for (var i = 0; i < fieldCount; i++, q += 3)
        {
            var size = content[q + 1];
            var baseType = FitBaseTypes.Normalize(content[q + 2]);
            if (size % FitBaseTypes.Size(baseType) != 0) baseType = FitBaseType.Byte;
            if (size > 0) fields[kept++] = new FitFieldDefinition(content[q], size, baseType, offset);
            offset += size;
        }
        if (kept != fieldCount) Array.Resize(ref fields, kept);
        var developerFields = Array.Empty<FitDeveloperFieldDefinition>();
        if (hasDeveloperFields)
        {
            if (q + 1 > limit) return FitDataScanner.Overrun(content.Length, q + 1, dataEnd, p, "a definition message");
            int devCount = content[q++];
            if (q + 3 * devCount > limit) return FitDataScanner.Overrun(content.Length, q + 3 * devCount, dataEnd, p, "a definition message");
            developerFields = new FitDeveloperFieldDefinition[devCount];
            for (var i = 0; i < devCount; i++, q += 3)
            {
                developerFields[i] = new FitDeveloperFieldDefinition(content[q], content[q + 1], content[q + 2], offset);
                offset += content[q + 1];
            }
        }
        definition = new FitMessageDefinition(global, bigEndian, fields, developerFields, offset);
        next = q;
        return null;
    }
}
