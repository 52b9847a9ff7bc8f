using HybridCoach.Application.Import;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

public sealed class ZipEntryNamesTests
{
    [Theory]
    [InlineData("../evil.fit", "path traversal")]
    [InlineData("activities/../../evil.fit", "path traversal")]
    [InlineData("activities\\..\\evil.fit", "path traversal")]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("\\windows\\evil.fit", "absolute path")]
    [InlineData("C:/Users/evil.fit", "drive-rooted path")]
    public void UnsafeReason_EscapingNames_NamesTheProblem(string name, string reason)
    {
        Assert.Equal(reason, ZipEntryNames.UnsafeReason(name));
    }

    [Theory]
    [InlineData("activities/123.fit.gz")]
    [InlineData("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip")]
    [InlineData("run..final.fit")]
    public void UnsafeReason_OrdinaryNames_Null(string name)
    {
        Assert.Null(ZipEntryNames.UnsafeReason(name));
    }
}
