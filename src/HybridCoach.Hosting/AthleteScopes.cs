using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Hosting;

/// <summary>
/// The services of each athlete in one data directory, made on first use: the web app's per-request scope is the
/// signed-in account's athlete (the CLI builds one per command). Every store in a scope opens that athlete's file only,
/// so a request can reach no other athlete's data. A scope is used through a lease (<see cref="Lease"/>); at most
/// <see cref="MaxOpen"/> are kept, and beyond that the ones used longest ago with no lease out are closed (their files
/// with them), to be opened again on the next request. A server with thousands of athletes so keeps a bounded number of
/// files open.
/// </summary>
public sealed class AthleteScopes(string dataDirectory, int maxOpen = AthleteScopes.DefaultMaxOpen) : IAsyncDisposable
{
    public const int DefaultMaxOpen = 256;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _clock;

    public string DataDirectory { get; } = dataDirectory;

    public int MaxOpen { get; } = maxOpen > 0 ? maxOpen : throw new ArgumentOutOfRangeException(nameof(maxOpen), maxOpen, "at least one athlete scope must stay open");

    /// <summary>How many athletes' scopes are open now.</summary>
    public int OpenCount
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>The athlete's services, held open until the lease is disposed.</summary>
    public AthleteLease Lease(string athlete)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        Entry entry;
        List<Entry> closing;
        lock (_gate)
        {
            if (!_entries.TryGetValue(athlete, out entry!)) _entries[athlete] = entry = new Entry(athlete, DataDirectory);
            entry.Leases++;
            entry.LastUsed = ++_clock;
            closing = Overflow();
        }
        foreach (var old in closing) old.Close();
        return new AthleteLease(entry.Services, () => Release(entry));
    }

    private void Release(Entry entry)
    {
        lock (_gate) entry.Leases--;
    }

    /// <summary>The least recently used scopes with no lease out, beyond <see cref="MaxOpen"/>, taken out (closed by the caller, outside the lock).</summary>
    private List<Entry> Overflow()
    {
        var excess = _entries.Count - MaxOpen;
        if (excess <= 0) return [];
        var idle = _entries.Values.Where(e => e.Leases == 0).OrderBy(e => e.LastUsed).Take(excess).ToList();
        foreach (var e in idle) _entries.Remove(e.Athlete);
        return idle;
    }

    public async ValueTask DisposeAsync()
    {
        List<Entry> all;
        lock (_gate)
        {
            all = [.. _entries.Values];
            _entries.Clear();
        }
        foreach (var entry in all) await entry.CloseAsync();
    }

    private sealed class Entry(string athlete, string dataDirectory)
    {
        private readonly Lazy<ServiceProvider> _provider = new(() => CoachServices.Build(new Dictionary<string, string?>
        {
            [ConfigurationKeys.DataDirectory] = dataDirectory,
            [ConfigurationKeys.Athlete] = athlete,
        }));

        public string Athlete { get; } = athlete;
        public int Leases { get; set; }
        public long LastUsed { get; set; }
        public IServiceProvider Services => _provider.Value;

        public void Close()
        {
            if (_provider.IsValueCreated) _provider.Value.Dispose();
        }

        public async ValueTask CloseAsync()
        {
            if (_provider.IsValueCreated) await _provider.Value.DisposeAsync();
        }
    }
}
