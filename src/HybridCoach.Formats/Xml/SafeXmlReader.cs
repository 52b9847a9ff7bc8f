using System.Text;
using System.Xml;

namespace HybridCoach.Formats.Xml;

/// <summary>
/// Opens activity XML (GPX, TCX) safely: no DTD, no external entity or resolver (XXE, billion laughs),
/// and turns every parsing failure into an <see cref="ActivityFileException"/> naming the file and,
/// for malformed XML, the line and position.
/// </summary>
public static class SafeXmlReader
{
    public const string DtdRefused = "DTD/external entities are not allowed";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        // No single text node or document may grow without bound from entity expansion (none is allowed anyway).
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>Runs <paramref name="parse"/> over the document; any XML fault becomes an ActivityFileException.</summary>
    public static T Read<T>(ReadOnlySpan<byte> content, string fileName, Func<XmlReader, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (content.IsEmpty) throw new ActivityFileException(fileName, "the file is empty");
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), Settings);
            return parse(reader);
        }
        catch (XmlException ex) when (IsDtd(ex))
        {
            throw new ActivityFileException(fileName, $"{DtdRefused} (line {ex.LineNumber}, position {ex.LinePosition})", ex);
        }
        catch (XmlException ex)
        {
            throw new ActivityFileException(fileName, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            throw new ActivityFileException(fileName, $"unreadable XML: {FirstSentence(ex.Message)}", ex);
        }
    }

    // The framework's message for a prohibited DOCTYPE names the DTD; entity references without a DTD
    // are "undeclared entity" errors, reported as malformed XML with their position.
    private static bool IsDtd(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase);

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var cut = line.IndexOf(". Line ", StringComparison.Ordinal);
        return cut > 0 ? line[..cut] : line.TrimEnd('.');
    }
}
