using HybridCoach.Application.Accounts;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Demo;
using HybridCoach.Application.Plans;
using HybridCoach.Hosting;
using HybridCoach.Storage.Accounts;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.WebLoad;

/// <summary>
/// A data directory of many athletes, each with two years of training (the demo runner's 24 months: ~570 activities with
/// their samples), a season plan and a web account. The first athlete is made with the app's own use cases (demo import,
/// plan generation); the others are copies of that store file (each athlete's store is its own file, so a copy is a
/// fair stand-in for an athlete made the long way). Accounts share one password hash.
/// </summary>
public static class SeedData
{
    public const string Password = "load-test-password-1";

    public static async Task<IReadOnlyList<string>> EnsureAsync(LoadOptions options, DateOnly today)
    {
        var data = Path.Combine(options.WorkDirectory, "data");
        var marker = Path.Combine(options.WorkDirectory, $"seeded-{options.Athletes}-{today:yyyyMMdd}.txt");
        if (File.Exists(marker)) return [.. File.ReadAllLines(marker)];
        foreach (var old in Directory.Exists(options.WorkDirectory) ? Directory.GetFiles(options.WorkDirectory, "seeded-*") : []) File.Delete(old);
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        var template = Path.Combine(options.WorkDirectory, $"template-{today:yyyyMMdd}");
        if (!Directory.Exists(template)) await MakeTemplateAsync(template, today);
        var emails = await MakeAccountsAsync(data, Path.Combine(template, DataDirectory.DatabaseFileName), options.Athletes);
        await File.WriteAllLinesAsync(marker, emails);
        return emails;
    }

    private static async Task MakeTemplateAsync(string directory, DateOnly today)
    {
        Console.Error.WriteLine($"seeding the template athlete (24 months of demo FIT files) in {directory}…");
        await using var services = CoachServices.Build(new Dictionary<string, string?> { [ConfigurationKeys.DataDirectory] = directory });
        await services.GetRequiredService<CreateDemoHistory>().CreateAsync(Path.Combine(directory, "demo-files"), today, 24, 7);
        await services.GetRequiredService<RegeneratePlan>().RunAsync(new PlanOptions(today), null);
    }

    private static async Task<IReadOnlyList<string>> MakeAccountsAsync(string data, string templateDatabase, int count)
    {
        Console.Error.WriteLine($"making {count} athletes and accounts in {data}…");
        Directory.CreateDirectory(data);
        using var accounts = SqliteAccountStore.Open(Path.Combine(data, AccountServices.AccountsFileName));
        var hash = new PasswordHasher<WebUser>().HashPassword(new WebUser(), Password);
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            var athlete = "web-" + id;
            var email = $"runner{i:0000}@example.com";
            var target = AthleteDatabases.DatabasePath(data, athlete);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(templateDatabase, target);
            await accounts.AddAsync(new Account(id, email, email.ToUpperInvariant(), hash, Guid.NewGuid().ToString("N"), athlete, 0, null, DateTimeOffset.UtcNow));
            emails.Add(email);
        }
        return emails;
    }
}
