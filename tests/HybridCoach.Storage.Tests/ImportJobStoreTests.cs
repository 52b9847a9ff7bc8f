using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using HybridCoach.Storage.Accounts;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

/// <summary>The uploads kept in the server's database: back as saved, only to their athlete, stopped when left unfinished, forgotten when old.</summary>
public sealed class ImportJobStoreTests : IDisposable
{
    private static readonly DateTimeOffset Queued = new(2026, 12, 8, 6, 30, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();
    private readonly SqliteImportJobStore _store;

    public ImportJobStoreTests() => _store = SqliteImportJobStore.Open(_db.Path);

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        _db.Dispose();
    }

    private static StoredImportJob Done(string id, DateTimeOffset finished)
    {
        var run = new ImportFileResult("morning.fit", ImportStatus.Imported, 7, Sport.Running, new DateTimeOffset(2026, 12, 7, 7, 0, 5, TimeSpan.FromHours(1)),
            new Distance(10_012.37), null);
        var bad = new ImportFileResult("notes.txt", ImportStatus.Failed, Reason: "notes.txt: not an activity file");
        return new StoredImportJob("ana", new ImportJobStatus(id, ImportJobState.Done, ["morning.fit", "notes.txt"], 2, 2, new ImportReport([run, bad]), null),
            Queued, finished);
    }

    [Fact]
    public async Task Saved_BackAsSaved_OnlyToItsAthlete()
    {
        var job = Done("a1", Queued.AddSeconds(4));
        await _store.SaveAsync(job);

        var read = await _store.FindAsync("a1", "ana");

        Assert.NotNull(read);
        Assert.Equal((job.Athlete, job.CreatedUtc, job.FinishedUtc), (read.Athlete, read.CreatedUtc, read.FinishedUtc));
        Assert.Equal((job.Status.Id, job.Status.State, job.Status.Completed, job.Status.Total, job.Status.Error),
            (read.Status.Id, read.Status.State, read.Status.Completed, read.Status.Total, read.Status.Error));
        Assert.Equal(job.Status.Uploaded, read.Status.Uploaded);
        Assert.Equal(job.Status.Report.Files, read.Status.Report.Files);
        Assert.Null(await _store.FindAsync("a1", "ben"));
        Assert.Null(await _store.FindAsync("a2", "ana"));
    }

    [Fact]
    public async Task Unfinished_StoppedWithTheReason_FinishedLeftAlone()
    {
        var queued = new StoredImportJob("ana", new ImportJobStatus("q1", ImportJobState.Queued, ["big.zip"], 0, null, new ImportReport([]), null), Queued, null);
        await _store.SaveAsync(queued);
        await _store.SaveAsync(Done("d1", Queued.AddSeconds(4)));

        var stopped = await _store.StopUnfinishedAsync("the server stopped", Queued.AddHours(1));

        Assert.Equal(1, stopped);
        var read = (await _store.FindAsync("q1", "ana"))!;
        Assert.Equal((ImportJobState.Failed, "the server stopped", Queued.AddHours(1)), (read.Status.State, read.Status.Error, read.FinishedUtc));
        Assert.Equal(ImportJobState.Done, (await _store.FindAsync("d1", "ana"))!.Status.State);
        Assert.Equal(0, await _store.StopUnfinishedAsync("again", Queued.AddHours(2)));
    }

    [Fact]
    public async Task EndedBeforeTheCutoff_Forgotten_TheRestKept()
    {
        await _store.SaveAsync(Done("old", Queued.AddSeconds(4)));
        await _store.SaveAsync(Done("new", Queued.AddDays(1)));

        Assert.Equal(1, await _store.ForgetEndedBeforeAsync(Queued.AddHours(12)));

        Assert.Null(await _store.FindAsync("old", "ana"));
        Assert.NotNull(await _store.FindAsync("new", "ana"));
    }
}
