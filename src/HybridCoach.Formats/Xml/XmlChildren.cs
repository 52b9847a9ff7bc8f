using System.Xml;

namespace HybridCoach.Formats.Xml;

/// <summary>
/// Recursive-descent helpers over a forward-only <see cref="XmlReader"/>. Each starts on an element's
/// start tag and leaves the reader just after its end tag, so callers never read one node too far.
/// </summary>
public static class XmlChildren
{
    /// <summary>
    /// Visits every direct child element. <paramref name="handle"/> returns true when it consumed the
    /// child (read it to its end); otherwise the child is skipped whole.
    /// </summary>
    public static void ForEachChild(XmlReader reader, Func<XmlReader, bool> handle)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element) reader.Read();
            else if (!Consumed(reader, handle)) reader.Skip();
        }
        reader.Read();
    }

    /// <summary>
    /// Visits every descendant element at any depth (extension blocks nest vendor elements). An element
    /// <paramref name="handle"/> does not consume is entered, so its own children are visited too.
    /// </summary>
    public static void ForEachDescendant(XmlReader reader, Func<XmlReader, bool> handle)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && Consumed(reader, handle)) continue;
            reader.Read();
        }
        reader.Read();
    }

    // A handler that claims an element without reading it would leave the reader where it was and loop
    // for ever; the line position tells, so that bug fails loudly instead.
    private static bool Consumed(XmlReader reader, Func<XmlReader, bool> handle)
    {
        var info = reader as IXmlLineInfo;
        var (line, position) = (info?.LineNumber, info?.LinePosition);
        if (!handle(reader)) return false;
        if (info is not null && info.LineNumber == line && info.LinePosition == position && reader.NodeType == XmlNodeType.Element)
            throw new InvalidOperationException($"an XML handler claimed <{reader.LocalName}> without reading it");
        return true;
    }

    /// <summary>The text of the element's first child element named <paramref name="childName"/> (TCX's &lt;Value&gt;).</summary>
    public static double ReadChildDouble(XmlReader reader, string childName)
    {
        var value = double.NaN;
        ForEachChild(reader, child =>
        {
            if (child.LocalName != childName) return false;
            value = XmlValues.ReadDouble(child);
            return true;
        });
        return value;
    }
}
