using System.Buffers.Binary;
using System.IO.Hashing;
using System.Buffers;
using System.Globalization;
using System.IO.Compression;

namespace HybridCoach.Application.Import;

/// <summary>
/// Reads a decompressing stream into memory while counting the bytes that come out, and stops as soon
/// as the size or ratio cap of <see cref="ImportLimits"/> is passed — never trusting stated sizes.
/// </summary>
public static class BoundedDecompression
{
    private const int ChunkBytes = 81920;

    /// <param name="kind">"zip bomb: entry" or "gzip bomb:", the start of the error message.</param>
    public static byte[] ReadAll(Stream source, long compressedBytes, string name, ImportLimits limits, string kind = "zip bomb: entry")
    {
        var output = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            long total = 0;
            int read;
            while ((read = source.Read(chunk, 0, ChunkBytes)) > 0)
            {
                total += read;
                if (total > limits.MaxEntryBytes)
                    throw new ImportLimitException($"{kind} {name} expands beyond {Size(limits.MaxEntryBytes)}");
                if (total > limits.RatioGraceBytes && total > limits.MaxRatio * Math.Max(1, compressedBytes))
                    throw new ImportLimitException(
                        $"{kind} {name} expands beyond {limits.MaxRatio.ToString(CultureInfo.InvariantCulture)}:1 " +
                        $"(more than {Size(total)} from {Size(compressedBytes)})");
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// Decompresses a whole gzip file held in memory, under the same caps, and checks its trailer (RFC 1952 §2.3.1:
    /// CRC-32 and size of the data), which the runtime does not always do: a gzip cut before its trailer decompressed
    /// silently, and a damaged one was called "an unsupported compression method". One gzip member is expected (what
    /// Strava and Garmin write); a file of several members is refused by the trailer check.
    /// </summary>
    public static byte[] Gunzip(byte[] compressed, string name, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        if (compressed.Length < GzipHeaderBytes + GzipTrailerBytes || compressed[0] != 0x1F || compressed[1] != 0x8B)
            throw new InvalidDataException("not a gzip file (too short or no gzip signature)");
        if (compressed[2] != DeflateMethod) throw new InvalidDataException($"gzip compression method {compressed[2]} is not deflate (8)");
        byte[] data;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            data = ReadAll(gzip, compressed.Length, name, limits, "gzip bomb:");
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException("damaged gzip: its deflate data or CRC-32 does not check out", e);
        }
        var trailer = compressed.AsSpan(compressed.Length - GzipTrailerBytes);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (crc != Crc32.HashToUInt32(data) || size != (uint)data.Length)
            throw new InvalidDataException("damaged gzip: its trailer (CRC-32 and size) does not match the data (cut short, or several gzip members)");
        return data;
    }

    private const int GzipHeaderBytes = 10;
    private const int GzipTrailerBytes = 8;
    private const byte DeflateMethod = 8;

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MiB",
        >= 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KiB",
        _ => $"{bytes} bytes",
    };
}
