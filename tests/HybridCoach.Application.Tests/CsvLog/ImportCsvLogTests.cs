using System.Text;
using HybridCoach.Application.CsvLog;
using HybridCoach.Application.Import;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Application.Tests.CsvLog;

public sealed class ImportCsvLogTests
{
    private const string Log = """
        date,start_time,sport,distance_km,duration,avg_hr,rpe,name,notes
        2024-05-01,06:45,run,10.0,50:00,148,5,Easy loop,
        2024-05-03,,run,12.2,1:02:75,155,7,"Tempo, hilly",4 x 2 km
        2024-05-04,18:00,strength,0,45m,,6,Gym,
        2024-05-05,07:00,Running,ten,50:00,,,,
        2024-05-06,07:00,trail_run,21.1,2:05:00,150,8,"Long, trails",
        """;

    private readonly InMemoryActivityStore _store = new();

    private Task<ImportReport> Import(string csv) =>
        new ImportCsvLog(_store).ImportAsync(Encoding.UTF8.GetBytes(csv), "log.csv", TimeSpan.FromHours(1));

    [Fact]
    public async Task ImportAsync_LogWithBadRows_GoodRowsImportBadRowsNamedByLine()
    {
        var report = await Import(Log);

        Assert.Equal(3, report.Imported);
        Assert.Equal(
            [
                "log.csv line 3: duration '1:02:75': seconds must be below 60",
                "log.csv line 5: distance_km 'ten': expected kilometres as a number from 0 to 1000 (e.g. 10.5)",
            ],
            report.Files.Where(f => f.Status == ImportStatus.Failed).Select(f => f.Reason));
        Assert.Equal(["Easy loop", "Gym", "Long, trails"], _store.Activities.Select(a => a.Summary.Name));
        var longRun = _store.Activities[2].Summary;
        Assert.Equal(Sport.TrailRunning, longRun.Sport);
        Assert.Equal(21_100, longRun.Distance.Meters, 6);
        Assert.Equal(7500, longRun.TimerTime.Seconds);
        Assert.Equal(8, longRun.Rpe);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 0, 0, TimeSpan.FromHours(1)), longRun.StartTime);
    }

    [Fact]
    public async Task ImportAsync_SameLogTwice_SecondImportsNothing()
    {
        await Import(Log);

        var again = await Import(Log);

        Assert.Equal(0, again.Imported);
        Assert.Equal(3, again.Duplicates);
        Assert.Equal("duplicate of #1 (same content)", again.Files[0].Reason);
    }

    [Fact]
    public async Task ImportAsync_MissingRequiredColumn_OneFailedRowNamingIt()
    {
        var report = await Import("date,distance_km\n2024-05-01,10\n");

        Assert.Equal("log.csv: missing column(s) duration; see docs/csv-log.md", Assert.Single(report.Files).Reason);
    }

    [Fact]
    public async Task ImportAsync_DistanceWithUnitAndUnknownColumn_ImportsAndReportsColumn()
    {
        var report = await Import("Date,Distance,Duration,Shoes\n2024-05-01,6.2mi,50:00,Pegasus\n");

        Assert.Equal("log.csv: unknown column 'Shoes' ignored", report.Files[0].Reason);
        Assert.Equal(ImportStatus.Imported, report.Files[1].Status);
        Assert.Equal(9_977.9328, _store.Activities[0].Summary.Distance.Meters, 6);
        Assert.Equal(Sport.Running, _store.Activities[0].Summary.Sport);
    }

    [Fact]
    public async Task ImportAsync_EmptyFile_OneFailedRowNamingRequiredColumns()
    {
        var report = await Import("");

        Assert.Equal("log.csv: missing column(s) date, distance_km (or distance), duration; see docs/csv-log.md", Assert.Single(report.Files).Reason);
    }

    [Fact]
    public async Task ImportAsync_Utf8BomAndSpacedHeader_Imports()
    {
        var report = await Import("\uFEFFdate, distance_km , duration\n2024-05-01,5,25:00\n");

        Assert.Equal(ImportStatus.Imported, Assert.Single(report.Files).Status);
        Assert.Equal(1500, _store.Activities[0].Summary.TimerTime.Seconds);
    }
}
