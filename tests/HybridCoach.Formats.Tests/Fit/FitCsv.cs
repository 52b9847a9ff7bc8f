using System.IO.Compression;
using HybridCoach.Testing;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>
/// Reads a corpus FitCSV file (expected/&lt;name&gt;.fitcsv.csv[.gz], FitCSVTool format: Type, Local Number,
/// Message, then Field/Value/Units triples). Only data rows are returned.
/// </summary>
public static class FitCsv
{
    public sealed record Row(string Message, IReadOnlyList<(string Field, string Value, string Units)> Fields)
    {
        public string? Value(string field) => Fields.FirstOrDefault(f => f.Field == field).Value;
    }

    public static IReadOnlyList<Row> DataRows(string fitFileName)
    {
        var path = Corpus.Path("expected", fitFileName + ".fitcsv.csv");
        Stream stream = File.Exists(path) ? File.OpenRead(path) : new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var rows = new List<Row>();
        while (reader.ReadLine() is { } line)
        {
            var cells = Split(line);
            if (cells.Count < 3 || cells[0] != "Data") continue;
            var fields = new List<(string, string, string)>();
            for (var i = 3; i + 2 < cells.Count + 1 && i + 1 < cells.Count; i += 3)
            {
                if (cells[i].Length > 0) fields.Add((cells[i], cells[i + 1], i + 2 < cells.Count ? cells[i + 2] : ""));
            }
            rows.Add(new Row(cells[2], fields));
        }
        return rows;
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        cells.Add(current.ToString());
        return cells;
    }
}
