using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>Why the app refused to start (a bad setting): the innermost exception's message, as the operator reads it.</summary>
public static class StartFailure
{
    public static string Of(CoachWebFactory factory)
    {
        var error = Assert.ThrowsAny<Exception>(() => factory.Session());
        while (error.InnerException is { } inner) error = inner;
        return error.Message;
    }
}
