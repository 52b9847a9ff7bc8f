using HybridCoach.Application.Import;

namespace HybridCoach.Fuzz;

/// <summary>
/// A whole import of one file (zip, gzip or plain) into a store that keeps nothing: archive expansion, bounds, CRC
/// checks, decoding. ImportService turns every refusal into a Failed row; a row whose reason says "unexpected" (an
/// exception it did not anticipate) or an exception out of the import is a crash.
/// </summary>
public static class ImportTarget
{
    public static void Run(byte[] content, string extension)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = Directory.CreateTempSubdirectory("hybridcoach-fuzz-");
        try
        {
            var path = Path.Combine(folder.FullName, "input" + extension);
            File.WriteAllBytes(path, content);
            var readers = new Formats.IActivityFileReader[] { new Formats.Fit.FitActivityReader(), new Formats.Gpx.GpxActivityReader(), new Formats.Tcx.TcxActivityReader() };
            var report = new ImportService(new DiscardingActivityStore(), readers).ImportAsync([path]).GetAwaiter().GetResult();
            if (report.Files.FirstOrDefault(f => f.Reason?.Contains(": unexpected ", StringComparison.Ordinal) == true) is { } crash)
                throw new InvalidOperationException("import reported an unexpected error: " + crash.Reason);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
