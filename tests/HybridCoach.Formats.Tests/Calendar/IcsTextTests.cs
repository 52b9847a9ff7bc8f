using System.Text;
using HybridCoach.Formats.Calendar;
using Xunit;

namespace HybridCoach.Formats.Tests.Calendar;

public class IcsTextTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData("a\rb", @"a\nb")]
    public void Escape_SpecialCharacter_IsBackslashEscapedPerRfc5545(string text, string expected) =>
        Assert.Equal(expected, IcsText.Escape(text));

    [Fact]
    public void Escape_ColonAndQuote_AreLeftAsTheyAre() =>
        // RFC 5545 §3.3.11: only backslash, semicolon, comma and line breaks are escaped in TEXT.
        Assert.Equal("Pace: 4:00–4:10/km \"T\"", IcsText.Escape("Pace: 4:00–4:10/km \"T\""));

    [Fact]
    public void Escape_AllSpecialsTogether_UnescapeRoundTrips()
    {
        const string text = "Warm-up; 2 km, easy\\steady\nthen 3 × 1600 m";
        Assert.Equal(@"Warm-up\; 2 km\, easy\\steady\nthen 3 × 1600 m", IcsText.Escape(text));
        Assert.Equal(text, IcsTestReader.Unescape(IcsText.Escape(text)));
    }

    [Fact]
    public void Fold_75Octets_IsNotFolded()
    {
        var line = new string('a', 75);
        Assert.Equal(line, IcsText.Fold(line));
    }

    [Fact]
    public void Fold_TwoOctetCharacterAcrossTheLimit_MovesWholeToNextLine()
    {
        // 74 ASCII octets + "é" (2 octets) = 76: "é" does not fit in octet 75, so it starts the continuation.
        var line = new string('a', 74) + "é";
        Assert.Equal(new string('a', 74) + "\r\n é", IcsText.Fold(line));
    }

    [Fact]
    public void Fold_ThreeOctetDashAtTheLimit_IsNotSplit()
    {
        // 73 + "–" (U+2013, 3 octets) = 76 → the dash moves; 72 + "–" = 75 fits exactly.
        Assert.Equal(new string('a', 73) + "\r\n –", IcsText.Fold(new string('a', 73) + "–"));
        Assert.Equal(new string('a', 72) + "–", IcsText.Fold(new string('a', 72) + "–"));
    }

    [Fact]
    public void Fold_SurrogatePair_StaysTogether()
    {
        var line = new string('a', 73) + "🏃";  // U+1F3C3: 4 octets, two UTF-16 chars
        Assert.Equal(new string('a', 73) + "\r\n 🏃", IcsText.Fold(line));
    }

    [Fact]
    public void Fold_LongUtf8Line_EveryPhysicalLineIsValidUtf8OfAtMost75Octets()
    {
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("Tempo – 3 × 1600 m @ 4:00–4:10/km\\, café é ", 12));
        var folded = IcsText.Fold(line);
        var physical = folded.Split("\r\n");
        Assert.True(physical.Length >= 8, $"expected many folds, got {physical.Length} lines");
        foreach (var part in physical)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            Assert.InRange(bytes.Length, 1, 75);
            Assert.Equal(part, StrictUtf8.GetString(bytes));
        }
        Assert.All(physical.Skip(1), p => Assert.Equal(' ', p[0]));
        // Every line but the last is filled to 73–75 octets (a fold only happens when the next character does not fit).
        Assert.All(physical[..^1], p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 73, 75));
        Assert.Equal(line, IcsTestReader.Unfold(folded));
    }

    [Fact]
    public void Fold_RawLineBreak_IsRejectedWithReason()
    {
        var error = Assert.Throws<ArgumentException>(() => IcsText.Fold("SUMMARY:a\nb"));
        Assert.Contains("raw line break", error.Message);
    }
}
