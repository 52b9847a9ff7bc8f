using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>An <see cref="IActivityStore"/> in a list, with an optional fault on the Nth add.</summary>
internal sealed class InMemoryActivityStore : IActivityStore
{
    private readonly List<Activity> _activities = [];

    public IReadOnlyList<Activity> Activities => _activities;

    /// <summary>When set, the add with this 1-based number throws (a full disk, say) and stores nothing.</summary>
    public int? FailOnAddNumber { get; set; }

    private int _adds;

    public Task<long> AddAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (++_adds == FailOnAddNumber) throw new IOException("disk full");
        if (_activities.Any(a => a.Source.ContentSha256 == activity.Source.ContentSha256))
            throw new InvalidOperationException("UNIQUE constraint failed: activities.content_sha256");
        var stored = activity with { Id = _activities.Count + 1 };
        _activities.Add(stored);
        return Task.FromResult(stored.Id);
    }

    public async Task<Registration> AddIfNewAsync(Activity activity, TimeSpan window, Func<DuplicateCandidate, bool> isTwin, CancellationToken cancellationToken = default)
    {
        if (await FindByContentHashAsync(activity.Source.ContentSha256, cancellationToken) is { } same) return Registration.SameContent(same);
        var twin = (await FindStartingNearAsync(activity.Summary.StartTime, window, cancellationToken)).FirstOrDefault(isTwin);
        if (twin is not null) return Registration.SameStartAndDistance(twin.Id);
        return new Registration(true, await AddAsync(activity, cancellationToken), null);
    }

    public Task<long?> FindByContentHashAsync(string contentSha256, CancellationToken cancellationToken = default) =>
        Task.FromResult(_activities.FirstOrDefault(a => a.Source.ContentSha256 == contentSha256)?.Id);

    public Task<IReadOnlyList<DuplicateCandidate>> FindStartingNearAsync(DateTimeOffset startTime, TimeSpan window, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DuplicateCandidate>>(_activities
            .Where(a => (a.Summary.StartTime - startTime).Duration() <= window)
            .Select(a => new DuplicateCandidate(a.Id, a.Summary.StartTime, a.Summary.Distance))
            .ToList());

    public Task<IReadOnlyList<ActivityListItem>> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ActivityListItem>>(Matching(query)
            .OrderByDescending(a => a.Summary.StartTime)
            .Take(query.Limit ?? int.MaxValue)
            .Select(a => new ActivityListItem(a.Id, a.Summary, a.Source))
            .ToList());

    public Task<Activity?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_activities.FirstOrDefault(a => a.Id == id));

    public Task<int> CountAsync(ActivityQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Matching(query).Count());

    public Task<bool> UpdateNameAndSportAsync(long id, string? name, Sport? sport, CancellationToken cancellationToken = default)
    {
        var index = _activities.FindIndex(a => a.Id == id);
        if (index < 0) return Task.FromResult(false);
        var old = _activities[index];
        _activities[index] = old with { Summary = old.Summary with { Name = name ?? old.Summary.Name, Sport = sport ?? old.Summary.Sport } };
        return Task.FromResult(true);
    }

    private IEnumerable<Activity> Matching(ActivityQuery query) => _activities.Where(a =>
        (query.StartFrom is null || a.Summary.StartTime >= query.StartFrom) &&
        (query.StartBefore is null || a.Summary.StartTime < query.StartBefore) &&
        (query.Sport is null || a.Summary.Sport == query.Sport));
}
