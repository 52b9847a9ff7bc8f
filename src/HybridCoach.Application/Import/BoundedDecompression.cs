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

    /// <summary>Decompresses a whole gzip file held in memory, under the same caps.</summary>
    public static byte[] Gunzip(byte[] compressed, string name, ImportLimits limits)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        return ReadAll(gzip, compressed.Length, name, limits, "gzip bomb:");
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MiB",
        >= 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KiB",
        _ => $"{bytes} bytes",
    };
}
