using System.Security.Cryptography;
using System.Text;

namespace HybridCoach.Application.Activities;

/// <summary>SHA-256 as lowercase hex: the identity of an activity file's (decompressed) content.</summary>
public static class ContentHash
{
    public static string Sha256(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Sha256(string canonicalText) => Sha256(Encoding.UTF8.GetBytes(canonicalText));
}
