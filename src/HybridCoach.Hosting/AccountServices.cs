using HybridCoach.Application.Accounts;
using HybridCoach.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Hosting;

/// <summary>Wires the web app's accounts and kept uploads (accounts.db in the data directory) and the athletes' scopes.</summary>
public static class AccountServices
{
    public const string AccountsFileName = "accounts.db";

    /// <param name="maxOpenAthletes">How many athletes' scopes stay open at once (<see cref="AthleteScopes.MaxOpen"/>).</param>
    public static IServiceCollection AddHybridCoachAccounts(this IServiceCollection services, string dataDirectory, int maxOpenAthletes = AthleteScopes.DefaultMaxOpen)
    {
        services.AddSingleton(_ => SqliteAccountStore.Open(Path.Combine(dataDirectory, AccountsFileName)));
        services.AddSingleton<IAccountStore>(s => s.GetRequiredService<SqliteAccountStore>());
        services.AddSingleton<ICalendarFeedStore>(s => s.GetRequiredService<SqliteAccountStore>());
        services.AddSingleton<CalendarFeeds>();
        services.AddSingleton<IApiTokenStore>(s => s.GetRequiredService<SqliteAccountStore>());
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<Application.Import.IImportJobStore>(_ => SqliteImportJobStore.Open(Path.Combine(dataDirectory, AccountsFileName)));
        services.AddSingleton(new AthleteScopes(dataDirectory, maxOpenAthletes));
        return services;
    }
}
