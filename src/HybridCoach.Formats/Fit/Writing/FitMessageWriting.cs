namespace HybridCoach.Formats.Fit.Writing;

/// <summary>Writes a composed <see cref="FitOutgoingMessage"/>, (re)defining its local type when needed.</summary>
public static class FitMessageWriting
{
    public static void WriteMessage(this FitFileWriter writer, byte localMessageType, FitOutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(message);
        var definition = message.ToDefinition();
        var current = writer.DefinitionOf(localMessageType);
        if (current is null || !current.HasSameLayout(definition))
            writer.WriteDefinition(localMessageType, definition);
        writer.BeginDataMessage(localMessageType);
        for (var i = 0; i < message.Fields.Count; i++)
        {
            WriteValue(writer, message.Fields[i], message.Values[i]);
        }
    }

    private static void WriteValue(FitFileWriter writer, FitWriteField field, object value)
    {
        if (value is string text)
        {
            writer.WriteString(text);
            return;
        }
        var bits = (ulong)value;
        switch (FitBaseTypeLayout.ElementSizeBytes(field.BaseType))
        {
            case 1 when field.BaseType == FitBaseType.SInt8: writer.WriteSInt8((sbyte)bits); break;
            case 1: writer.WriteUInt8((byte)bits); break;
            case 2 when field.BaseType == FitBaseType.SInt16: writer.WriteSInt16((short)bits); break;
            case 2: writer.WriteUInt16((ushort)bits); break;
            case 4 when field.BaseType == FitBaseType.SInt32: writer.WriteSInt32((int)bits); break;
            case 4: writer.WriteUInt32((uint)bits); break;
            default: throw new NotSupportedException($"FIT field {field.FieldNumber}: {field.BaseType} values are not composed.");
        }
    }
}
