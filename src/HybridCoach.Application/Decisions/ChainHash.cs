using System.Security.Cryptography;
using System.Text;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// SHA-256 (FIPS 180-4) over a record's fields, each length-prefixed ("5:hello", "-1:" for null) so no two different
/// records concatenate to the same text; lower-case hex. The hash the audit chains share.
/// </summary>
public static class ChainHash
{
    /// <summary>The "previous hash" of the first chained record.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Of(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        foreach (var field in fields) text.Append(field is null ? "-1:" : $"{field.Length}:{field}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
