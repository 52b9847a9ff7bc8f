using System.Diagnostics;

namespace HybridCoach.WebLoad;

/// <summary>
/// A closed-loop load: every user requests the page again as soon as the previous answer is read in full, all users at
/// once, for a fixed time (a bounded run). A request that does not answer 200 counts as a failure, not a latency.
/// </summary>
public static class LoadRun
{
    public static async Task<LatencySummary> RunAsync(string name, IReadOnlyList<VirtualUser> users, Func<VirtualUser, string> path, TimeSpan duration)
    {
        var latencies = new List<double>[users.Count];
        var failures = new int[users.Count];
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(users.Select((user, i) => Task.Run(async () =>
        {
            latencies[i] = [];
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await user.Client.GetAsync(path(user), HttpCompletionOption.ResponseContentRead);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.IsSuccessStatusCode) latencies[i].Add(ms);
                else failures[i]++;
            }
        })));
        return LatencySummary.Of(name, [.. latencies.SelectMany(l => l)], failures.Sum(), stop.Elapsed);
    }
}
