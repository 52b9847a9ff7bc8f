using HybridCoach.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// An athlete's scope holds a handful of open files however many stores it has: the small stores share one
/// connection (the scope's connection factory), so a server with many athletes signed in does not run out of file
/// descriptors. Counted from /proc/self/fd, only the files under this test's own data directory (other tests running
/// at the same time open theirs). Measured: 11 files with the shared connection, 37 with a connection per store.
/// </summary>
public sealed class AthleteScopeFilesTests
{
    public const int MaxOpenFilesPerAthlete = 16;

    private static readonly Type[] Stores =
    [
        typeof(Application.Activities.IActivityStore), typeof(Application.Athletes.IAthleteStore), typeof(Application.Metrics.IActivityLoadStore),
        typeof(Application.Stores.IStoreChangeVersion), typeof(Application.Decisions.IDecisionAuditStore), typeof(Application.Journal.IJournalStore),
        typeof(Application.Races.IRaceCalendar), typeof(Application.Decisions.IGuardrailOverrideStore), typeof(Application.Narration.INarrationAudit),
        typeof(Application.Plans.IPlanStore), typeof(Application.Coaching.ICheckInStore), typeof(Application.Coaching.ISessionAdjustmentStore),
        typeof(Application.Coaching.IProposalStore), typeof(Application.Coaching.IEscalationStore), typeof(Application.Coaching.IPlanChangeLog),
        typeof(Application.Restrictions.IHoldStore), typeof(Application.Coaching.ISessionLockStore), typeof(Application.Activities.IActivityDeletions),
    ];

    [Fact]
    public async Task EveryStoreOfAnAthlete_OpensAFewFiles_AndTheScopeClosesThem()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hybridcoach-fds-").FullName;
        try
        {
            var scopes = new AthleteScopes(dataDirectory);
            var provider = scopes.For("web-files");
            foreach (var store in Stores) Assert.NotNull(provider.GetRequiredService(store));
            var open = OpenFilesUnder(dataDirectory);
            await scopes.DisposeAsync();

            Assert.InRange(open, 1, MaxOpenFilesPerAthlete);
            Assert.Equal(0, OpenFilesUnder(dataDirectory));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static int OpenFilesUnder(string folder) => Directory.GetFiles("/proc/self/fd").Count(fd =>
    {
        try
        {
            return new FileInfo(fd).LinkTarget?.StartsWith(folder, StringComparison.Ordinal) == true;
        }
        catch (IOException)
        {
            return false; // closed between the listing and the look
        }
    });
}
