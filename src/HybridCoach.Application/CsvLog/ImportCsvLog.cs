using CsvHelper;
using HybridCoach.Application.Import;
using HybridCoach.Application.Manual;

namespace HybridCoach.Application.CsvLog;

/// <summary>
/// Imports a training log kept as CSV (format: docs/csv-log.md). Each row is a manual entry; a bad row
/// is reported with its line number and reason and the good rows still import. Rows already stored
/// (same entry, or same start and distance) are reported as duplicates.
/// </summary>
public sealed class ImportCsvLog(Activities.IActivityStore store)
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true };
    private readonly AddManualActivity _add = new(store);

    public async Task<ImportReport> ImportAsync(string path, TimeSpan? utcOffset = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) return Single(path, $"{path}: no such file");
        return await ImportAsync(await File.ReadAllBytesAsync(path, cancellationToken), path, utcOffset, cancellationToken);
    }

    public async Task<ImportReport> ImportAsync(byte[] csv, string sourceName, TimeSpan? utcOffset = null, CancellationToken cancellationToken = default)
    {
        using var reader = CsvReader.Create(csv, Options);
        var parser = new CsvLogRowParser(reader, utcOffset ?? TimeSpan.Zero);
        if (parser.MissingColumns.Count > 0)
            return Single(sourceName, $"{sourceName}: missing column(s) {string.Join(", ", parser.MissingColumns)}; see docs/csv-log.md");

        var results = parser.UnknownColumns
            .Select(c => new ImportFileResult(sourceName, ImportStatus.Skipped, Reason: $"{sourceName}: unknown column '{c}' ignored"))
            .ToList();
        while (reader.Read())
        {
            var rowName = $"{sourceName} line {reader.LineNumber}";
            results.Add(await ImportRowAsync(reader, parser, rowName, cancellationToken));
        }
        return new ImportReport(results);
    }

    private async Task<ImportFileResult> ImportRowAsync(CsvReader reader, CsvLogRowParser parser, string rowName, CancellationToken cancellationToken)
    {
        try
        {
            return await _add.AddAsync(parser.Parse(reader), rowName, cancellationToken);
        }
        catch (EntryFormatException e)
        {
            return new ImportFileResult(rowName, ImportStatus.Failed, Reason: $"{rowName}: {e.Message}");
        }
    }

    private static ImportReport Single(string sourceName, string reason) =>
        new([new ImportFileResult(sourceName, ImportStatus.Failed, Reason: reason)]);
}
