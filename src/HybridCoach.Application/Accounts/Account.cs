namespace HybridCoach.Application.Accounts;

/// <summary>
/// A person who signs in to the web app, and the athlete whose data is theirs. <see cref="Athlete"/> is the athlete
/// name of their store in the data directory (the same store `coach --athlete NAME` opens): it is fixed when the
/// account is made, so an account sees one athlete's data and no other. The password is kept only as a hash
/// (ASP.NET Core Identity's PBKDF2 format); the security stamp changes when the password does, signing out every
/// other session.
/// </summary>
public sealed record Account(
    string Id,
    string Email,
    string NormalizedEmail,
    string PasswordHash,
    string SecurityStamp,
    string Athlete,
    int AccessFailedCount,
    DateTimeOffset? LockoutEndUtc,
    DateTimeOffset CreatedAtUtc);
