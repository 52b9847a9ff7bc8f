using HybridCoach.Application.Contracts;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Architecture.Tests;

/// <summary>
/// A day's metrics are one concept in three roles (issue 16 item 1): the domain's value (<see cref="DailyMetrics"/>),
/// the one contract every front end answers with (<see cref="DailyMetricsJson"/>, in `coach today/metrics --json` and
/// the API alike), and the audit's stored record (<see cref="MetricsRecord"/>), kept apart from the contract so that no
/// change to an answer's shape changes what a hash-chained record means. They cannot drift: each carries every metric
/// of the domain's value, under the same name, and the contract is the only one the CLI and the API use.
/// </summary>
public sealed class MetricsRecordsTests
{
    private static string[] Metrics(Type type, string dayName) =>
        [.. type.GetProperties().Select(p => p.Name).Where(n => n != dayName && n != "EqualityContract").Order(StringComparer.Ordinal)];

    [Fact]
    public void ContractAndAuditRecord_CarryEveryDomainMetric_UnderItsName()
    {
        var domain = Metrics(typeof(DailyMetrics), nameof(DailyMetrics.Day));

        Assert.Equal(13, domain.Length);
        Assert.Equal(domain, Metrics(typeof(DailyMetricsJson), nameof(DailyMetricsJson.Date)));
        Assert.Equal(domain, Metrics(typeof(MetricsRecord), nameof(MetricsRecord.Day)));
    }

    [Fact]
    public void OneContract_TodayAndMetricsAnswersShareIt()
    {
        var holders = typeof(DailyMetricsJson).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(DailyMetricsJson).Namespace && t.Name.EndsWith("Json", StringComparison.Ordinal))
            .Where(t => t.GetProperties().Any(p => p.Name == nameof(DailyMetricsJson.AcwrCoupled)))
            .Select(t => t.Name).ToArray();

        Assert.Equal([nameof(DailyMetricsJson)], holders);
        Assert.Equal(typeof(DailyMetricsJson), typeof(TodayJson).GetProperty(nameof(TodayJson.Metrics))!.PropertyType);
        Assert.Equal(typeof(IReadOnlyList<DailyMetricsJson>), typeof(MetricsJson).GetProperty(nameof(MetricsJson.Days))!.PropertyType);
    }
}
