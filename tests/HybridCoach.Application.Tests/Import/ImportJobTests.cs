using HybridCoach.Application.Import;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

public class ImportJobTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    private static ImportFileResult Row(string name, ImportStatus status) => new(name, status, Reason: status == ImportStatus.Failed ? $"{name}: unreadable" : null);

    [Fact]
    public void Progress_CountsFilesOfTheTotalFound_AndThePercent()
    {
        var job = new ImportJob("j1", "ana", ["export.zip"], Created);
        var queued = job.Status();
        job.Start();
        job.Report(new ImportProgress(1, 8, Row("export.zip!/a.fit", ImportStatus.Imported)));
        job.Report(new ImportProgress(2, 8, Row("export.zip!/b.fit", ImportStatus.Failed)));
        job.Report(new ImportProgress(3, 8, Row("export.zip!/c.fit", ImportStatus.Duplicate)));

        var running = job.Status();

        Assert.Equal((ImportJobState.Queued, 0, (int?)null, 0, false), (queued.State, queued.Completed, queued.Total, queued.Percent, queued.Finished));
        Assert.Equal((ImportJobState.Running, 3, (int?)8, 38), (running.State, running.Completed, running.Total, running.Percent));
        Assert.Equal((1, 1, 1), (running.Report.Imported, running.Report.Failed, running.Report.Duplicates));
        Assert.Equal(["export.zip"], running.Uploaded);
    }

    [Fact]
    public async Task Finish_KeepsTheFinalReport_AndReleasesWaiters()
    {
        var job = new ImportJob("j1", "ana", ["a.fit", "b.fit"], Created);
        var waiting = job.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.False(await job.WaitAsync(TimeSpan.FromMilliseconds(20)));

        job.Start();
        job.Report(new ImportProgress(1, 2, Row("a.fit", ImportStatus.Imported)));
        job.Finish(new ImportReport([Row("a.fit", ImportStatus.Imported), Row("b.fit", ImportStatus.Skipped)]), Created.AddSeconds(5));

        Assert.True(await waiting);
        var done = job.Status();
        Assert.Equal((ImportJobState.Done, 2, (int?)2, 100, true), (done.State, done.Completed, done.Total, done.Percent, done.Finished));
        Assert.Equal(["a.fit", "b.fit"], done.Report.Files.Select(f => f.SourcePath));
        Assert.Equal(Created.AddSeconds(5), job.FinishedUtc);
    }

    [Fact]
    public void Fail_KeepsTheRowsSoFar_AndSaysWhy()
    {
        var job = new ImportJob("j1", "ana", ["export.zip"], Created);
        job.Start();
        job.Report(new ImportProgress(1, 4, Row("export.zip!/a.fit", ImportStatus.Imported)));

        job.Fail("the store failed", Created.AddSeconds(1));

        var failed = job.Status();
        Assert.Equal((ImportJobState.Failed, 1, "the store failed", true, 25), (failed.State, failed.Completed, failed.Error, failed.Finished, failed.Percent));
    }
}
