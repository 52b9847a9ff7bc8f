using System.Text.RegularExpressions;
using Spectre.Console;

namespace HybridCoach.Cli.Output;

/// <summary>
/// Stored strings (names, notes, file names, audit values, narrations) made safe for the terminal before they are
/// shown: escape sequences (CSI such as clear-screen, OSC such as OSC-8 links) and every other control character
/// (C0 but tab and newline, DEL, C1) and bidirectional overrides removed, and Spectre markup escaped, so no stored value can move the cursor,
/// plant a link or break the table renderer ("[PROCEED" once crashed `audit list`). Issue 15 item 3.
/// </summary>
public static partial class TerminalText
{
    /// <summary>The text without escape sequences and control characters (tab and newline kept).</summary>
    public static string Plain(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Controls().Replace(EscapeSequences().Replace(text, ""), "");

    /// <summary>The text for a table cell or markup line: <see cref="Plain"/>, then markup escaped.</summary>
    public static string Cell(string? text) => Markup.Escape(Plain(text));

    // ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), and any other two-byte ESC sequence; the 8-bit CSI/OSC too.
    [GeneratedRegex(@"(\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|(\u001B\]|\u009D)[^\u0007\u001B\u009C]*(\u0007|\u001B\\|\u009C)?|\u001B[@-Z\\-_]?")]
    private static partial Regex EscapeSequences();

    // C0 but tab and newline, DEL, C1; and the invisible characters that reorder or hide text on screen: zero-width
    // space, joiners and marks (U+200B–U+200F), bidirectional embeddings, overrides and isolates (U+202A–U+202E,
    // U+2066–U+2069; the "Trojan Source" characters, CVE-2021-42574).
    [GeneratedRegex(@"[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex Controls();
}
