namespace HybridCoach.Web.Accounts;

/// <summary>The signed-in person as ASP.NET Core Identity handles it (mutable while Identity works on it), mapped to and from an account.</summary>
public sealed class WebUser
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string Email { get; set; } = "";
    public string? NormalizedEmail { get; set; }
    public string? PasswordHash { get; set; }
    public string? SecurityStamp { get; set; }
    public string Athlete { get; set; } = "";
    public int AccessFailedCount { get; set; }
    public DateTimeOffset? LockoutEndUtc { get; set; }
    public DateTimeOffset CreatedAtUtc { get; set; } = DateTimeOffset.UtcNow;
}
