using HybridCoach.Formats.Fit;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>Protocol details on small hand-built files (FIT Protocol document).</summary>
public class FitDecoderTests
{
    private const byte UInt8 = 0x02, UInt16 = 0x84, UInt32 = 0x86, SInt8 = 0x01, UInt16z = 0x8B, String = 0x07;

    private static FitMessage OnlyRecord(byte[] bytes) => Assert.Single(FitDecoder.Decode(bytes).Messages, m => m.Name == "record");

    [Fact]
    public void Decode_BigEndianDefinition_ReadsMultiByteValuesBigEndian()
    {
        var bytes = new FitBytes()
            .Definition(0, 20, bigEndian: true, (253, 4, UInt32), (5, 4, UInt32), (3, 1, UInt8))
            .Data(0, [.. FitBytes.Be32(1000000000), .. FitBytes.Be32(123456), 150])
            .Build();
        var record = OnlyRecord(bytes);
        Assert.Equal(1000000000L, record.Field("timestamp")!.Value);
        Assert.Equal(1234.56, record.GetDouble("distance")!.Value, 9);
        Assert.Equal(150L, record.Field("heart_rate")!.Value);
    }

    /// <summary>FIT Protocol: 1000 has low bits 8; offset 10 gives 1002; offset 3 &lt; 10 rolls over to 992 + 32 + 3.</summary>
    [Fact]
    public void Decode_CompressedTimestamps_RollOverAgainstLastFullTimestamp()
    {
        var bytes = new FitBytes()
            .Definition(0, 20, false, (253, 4, UInt32), (3, 1, UInt8))
            .Definition(1, 20, false, (3, 1, UInt8))
            .Data(0, [.. FitBytes.Le32(1000), 100])
            .CompressedData(1, 10, 101)
            .CompressedData(1, 3, 102)
            .Build();
        var times = FitDecoder.Decode(bytes).Messages.Select(m => m.Field("timestamp")!.Value).ToList();
        Assert.Equal([1000L, 1002L, 1027L], times);
    }

    [Fact]
    public void Decode_InvalidSentinels_LeaveFieldsOut()
    {
        var bytes = new FitBytes()
            .Definition(0, 20, false, (253, 4, UInt32), (3, 1, UInt8), (13, 1, SInt8), (7, 2, UInt16), (99, 2, UInt16z))
            .Data(0, [.. FitBytes.Le32(5), 0xFF, 0x7F, 0xFF, 0xFF, 0x00, 0x00])
            .Build();
        Assert.Equal(["timestamp"], OnlyRecord(bytes).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Decode_FourteenByteHeaderWithBadCrc_ReportsHeaderCrcMismatch()
    {
        var bytes = new FitBytes().Definition(0, 20, false, (3, 1, UInt8)).Data(0, 90).Build();
        bytes[12] ^= 0x01;
        var file = FitDecoder.Decode(bytes);
        Assert.StartsWith("header CRC mismatch (stored 0x", Assert.Single(file.Errors));
        Assert.False(file.Integrity.HeaderCrcOk);
        Assert.Empty(file.Messages);
    }

    [Fact]
    public void Decode_ZeroHeaderCrc_IsNotChecked()
    {
        var file = FitDecoder.Decode(new FitBytes().Definition(0, 20, false, (3, 1, UInt8)).Data(0, 90).Build(headerCrc: false));
        Assert.Empty(file.Errors);
        Assert.True(file.Integrity.FileCrcOk);
    }

    [Fact]
    public void Decode_ChainedSegments_DecodesBothAndRestartsDefinitions()
    {
        var first = new FitBytes().Definition(0, 20, false, (3, 1, UInt8)).Data(0, 90).Build(headerSize: 12);
        var second = new FitBytes().Definition(0, 18, false, (16, 1, UInt8)).Data(0, 140).Build();
        var file = FitDecoder.Decode([.. first, .. second]);
        Assert.Empty(file.Errors);
        Assert.Equal(2, file.Integrity.SegmentCount);
        Assert.Equal(["record", "session"], file.Messages.Select(m => m.Name));
        Assert.Equal(140L, file.Messages[1].Field("avg_heart_rate")!.Value);
    }

    [Fact]
    public void Decode_ProtocolVersion3_IsUnsupported() =>
        Assert.Equal("unsupported protocol version 3",
            Assert.Single(FitDecoder.Decode(new FitBytes().Build(protocol: 0x30)).Errors));

    [Fact]
    public void Decode_FieldSizeNotAMultipleOfItsType_IsReadAsBytes()
    {
        var bytes = new FitBytes().Definition(0, 20, false, (6, 3, UInt16), (3, 1, UInt8)).Data(0, 1, 2, 3, 77).Build();
        var record = OnlyRecord(bytes);
        Assert.Equal(new byte[] { 1, 2, 3 }, record.Field("speed")!.Value);
        Assert.Equal(77L, record.Field("heart_rate")!.Value);
    }

    [Fact]
    public void Decode_UnterminatedString_KeepsWholeField()
    {
        var bytes = new FitBytes().Definition(0, 0, false, (8, 4, String)).Data(0, "EDGE"u8.ToArray()).Build();
        Assert.Equal("EDGE", FitDecoder.Decode(bytes).Messages[0].GetString("product_name"));
    }

    [Fact]
    public void Decode_DeveloperField_UsesItsDescriptionsTypeScaleAndUnits()
    {
        var bytes = new FitBytes()
            .Definition(0, 206, false, (0, 1, UInt8), (1, 1, UInt8), (2, 1, UInt8), (3, 6, String), (6, 1, UInt8), (8, 3, String))
            .Data(0, [0, 7, UInt16, .. "power"u8, 0, 10, .. "W"u8, 0, 0])
            .DeveloperDefinition(1, 20, [(3, 1, UInt8)], [(7, 2, 0)])
            .Data(1, 120, 0xE8, 0x03)
            .Build();
        var field = Assert.Single(OnlyRecord(bytes).DeveloperFields);
        Assert.Equal(("power", "W", 100.0), (field.Name, field.Units, (double)field.Value));
    }

    [Fact]
    public void Decode_UndefinedLocalMessage_StopsWithReason()
    {
        var bytes = new FitBytes().Data(3, 1, 2).Build();
        Assert.Equal("data message at byte 14 uses local message type 3, which was never defined", Assert.Single(FitDecoder.Decode(bytes).Errors));
    }
}
