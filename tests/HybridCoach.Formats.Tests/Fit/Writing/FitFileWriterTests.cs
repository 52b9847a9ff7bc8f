using System.Buffers.Binary;
using HybridCoach.Formats.Fit;
using HybridCoach.Formats.Fit.Writing;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit.Writing;

public class FitFileWriterTests
{
    private static byte[] OneMessageFile()
    {
        var writer = new FitFileWriter();
        writer.WriteDefinition(0, new FitWriteDefinition(0,
            [FitWriteField.Of(0, FitBaseType.Enum), FitWriteField.Of(1, FitBaseType.UInt16)]));
        writer.BeginDataMessage(0);
        writer.WriteUInt8(4);
        writer.WriteUInt16(255);
        return writer.ToArray();
    }

    [Fact]
    public void ToArray_OneMessage_HeaderIs14BytesWithFitSignature()
    {
        var file = OneMessageFile();
        Assert.Equal(14, file[0]);
        Assert.Equal(".FIT"u8.ToArray(), file[8..12]);
        Assert.Equal(0x20, file[1]); // protocol 2.0
    }

    [Fact]
    public void ToArray_OneMessage_DataSizeCountsDefinitionAndDataBytes()
    {
        // Definition: header 1 + fixed 5 + 2 fields × 3 = 12 bytes; data: header 1 + 1 + 2 = 4 bytes.
        var file = OneMessageFile();
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)));
        Assert.Equal(14 + 16 + 2, file.Length);
    }

    [Fact]
    public void ToArray_OneMessage_HeaderCrcCoversFirst12Bytes()
    {
        var file = OneMessageFile();
        Assert.Equal(FitCrc.Compute(file.AsSpan(0, 12)), BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(12)));
        Assert.Equal(FitStructureWalker.Crc(file.AsSpan(0, 12)), BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(12)));
    }

    /// <summary>A CRC-16/ARC appended little-endian makes the CRC of the whole file zero (FIT Protocol, "CRC").</summary>
    [Fact]
    public void ToArray_OneMessage_FileCrcOverWholeFileIsZero()
    {
        var file = OneMessageFile();
        Assert.Equal(0, FitCrc.Compute(file));
        Assert.Equal(0, FitStructureWalker.Crc(file));
    }

    [Fact]
    public void ToArray_OneMessage_BytesAreLittleEndianRecords()
    {
        var file = OneMessageFile();
        Assert.Equal(new byte[] { 0x40, 0, 0, 0, 0, 2, 0, 1, 0x00, 1, 2, 0x84 }, file[14..26]);
        Assert.Equal(new byte[] { 0x00, 4, 0xFF, 0x00 }, file[26..30]);
    }

    [Fact]
    public void WriteTo_Stream_WritesSameBytesAsToArray()
    {
        using var stream = new MemoryStream();
        var writer = new FitFileWriter();
        writer.WriteDefinition(3, new FitWriteDefinition(20, [FitWriteField.Of(253, FitBaseType.UInt32)]));
        writer.BeginDataMessage(3);
        writer.WriteUInt32(1_000_000_000);
        writer.WriteTo(stream);
        Assert.Equal(writer.ToArray(), stream.ToArray());
        Assert.Equal(1_000_000_000ul, FitStructureWalker.Walk(stream.ToArray()).Messages[0].Unsigned(253));
    }

    [Fact]
    public void WriteUInt16_IntoUInt8Field_ThrowsNamingMessageAndField()
    {
        var writer = new FitFileWriter();
        writer.WriteDefinition(0, new FitWriteDefinition(20, [FitWriteField.Of(3, FitBaseType.UInt8)]));
        writer.BeginDataMessage(0);
        var error = Assert.Throws<InvalidOperationException>(() => writer.WriteUInt16(1));
        Assert.Contains("message 20, field 3", error.Message);
    }

    [Fact]
    public void ToArray_WithIncompleteMessage_ThrowsNamingMissingField()
    {
        var writer = new FitFileWriter();
        writer.WriteDefinition(0, new FitWriteDefinition(20,
            [FitWriteField.Of(3, FitBaseType.UInt8), FitWriteField.Of(5, FitBaseType.UInt32)]));
        writer.BeginDataMessage(0);
        writer.WriteUInt8(150);
        var error = Assert.Throws<InvalidOperationException>(() => writer.ToArray());
        Assert.Contains("field 5 not written", error.Message);
    }

    [Fact]
    public void BeginDataMessage_UndefinedLocalType_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new FitFileWriter().BeginDataMessage(7));

    [Fact]
    public void WriteInvalid_SInt32AndUInt32zFields_WriteProtocolInvalidPatterns()
    {
        var writer = new FitFileWriter();
        writer.WriteDefinition(0, new FitWriteDefinition(20,
            [FitWriteField.Of(0, FitBaseType.SInt32), FitWriteField.Of(3, FitBaseType.UInt32z)]));
        writer.BeginDataMessage(0);
        writer.WriteInvalid();
        writer.WriteInvalid();
        var message = FitStructureWalker.Walk(writer.ToArray()).Messages[0];
        Assert.Equal(0x7FFF_FFFFul, message.Unsigned(0));
        Assert.Equal(0ul, message.Unsigned(3));
    }

    /// <summary>A workout file (workout 26, workout_step 27 with a repeat step) needs nothing beyond the writer.</summary>
    [Fact]
    public void WriteMessage_WorkoutWithRepeatStep_WalksBackWithNameAndRepeat()
    {
        var writer = new FitFileWriter();
        writer.WriteMessage(0, new FitOutgoingMessage(0).Enum(0, 5)); // file_id.type = workout (5)
        writer.WriteMessage(1, new FitOutgoingMessage(26).String(8, "6x800m", 16).UInt16(6, 2)); // wkt_name, num_valid_steps
        writer.WriteMessage(2, new FitOutgoingMessage(27).UInt16(254, 0).Enum(1, 1).UInt32(2, 80_000)); // 800 m step
        writer.WriteMessage(2, new FitOutgoingMessage(27).UInt16(254, 1).Enum(1, 6).UInt32(2, 0).UInt32(4, 6)); // repeat 6×
        var walked = FitStructureWalker.Walk(writer.ToArray());
        Assert.Equal(2, walked.Count(27));
        Assert.Equal("6x800m", System.Text.Encoding.UTF8.GetString(walked.Of(26).Single().Fields[8]).TrimEnd('\0'));
        Assert.Equal(6ul, walked.Of(27).Last().Unsigned(4));
    }

    [Fact]
    public void WriteString_TooLong_IsCutAndKeepsTerminator()
    {
        var writer = new FitFileWriter();
        writer.WriteMessage(0, new FitOutgoingMessage(26).String(8, "abcdefghij", 4));
        var bytes = FitStructureWalker.Walk(writer.ToArray()).Messages[0].Fields[8];
        Assert.Equal("abc\0"u8.ToArray(), bytes);
    }
}
