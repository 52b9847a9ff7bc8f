using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Hosting;

/// <summary>
/// The services of each athlete in one data directory, made on first use and kept: the web app's per-request scope
/// is the signed-in account's athlete (the CLI builds one per command). Every store in a scope opens that athlete's
/// file only, so a request can reach no other athlete's data.
/// </summary>
public sealed class AthleteScopes(string dataDirectory) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ServiceProvider>> _providers = new(StringComparer.Ordinal);

    public string DataDirectory { get; } = dataDirectory;

    public IServiceProvider For(string athlete)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        return _providers.GetOrAdd(athlete, name => new Lazy<ServiceProvider>(() => CoachServices.Build(new Dictionary<string, string?>
        {
            [ConfigurationKeys.DataDirectory] = DataDirectory,
            [ConfigurationKeys.Athlete] = name,
        }))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers.Values.Where(p => p.IsValueCreated)) await provider.Value.DisposeAsync();
        _providers.Clear();
    }
}
