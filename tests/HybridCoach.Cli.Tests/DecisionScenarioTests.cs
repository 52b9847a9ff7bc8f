using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The daily call end to end over a synthetic two-month season (`coach demo`, history up to 2026-05-20): a normal
/// day, a pain flag, a day before any history; every call in the audit trail, replays, overrides, journal and agreement.
/// </summary>
public class DecisionScenarioTests : IClassFixture<DecisionScenarioTests.Season>
{
    private readonly Season _season;

    public DecisionScenarioTests(Season season) => _season = season;

    /// <summary>Runs the scenario once: demo history, a pain flag on 05-19, three `coach today` calls and the journal.</summary>
    public sealed class Season : IDisposable
    {
        public Season()
        {
            Demo = Run("demo", "--date", "2026-05-20", "--months", "2", "--json").Json();
            Run("signals", "add", "--date", "2026-05-19", "--pain-site", "calf");
            Normal = Run("today", "--date", "2026-05-18", "--json").Json();
            Pain = Run("today", "--date", "2026-05-19", "--json").Json();
            NoData = Run("today", "--date", "2026-01-01", "--json").Json();
            foreach (var (date, call) in new[] { ("2026-05-18", "PROCEED"), ("2026-05-19", "FULL_REST"), ("2026-01-01", "PROCEED"), ("2026-05-10", "PROCEED") })
                Run("journal", "add", "--date", date, "--my-call", call, "--note", "my view");
        }

        public TempDirectory Data { get; } = new();
        public JsonElement Demo { get; }
        public JsonElement Normal { get; }
        public JsonElement Pain { get; }
        public JsonElement NoData { get; }

        public CliRun Run(params string[] args) => CliRun.RunAsync([.. args, "--data-dir", Data.Path]).GetAwaiter().GetResult();

        public void Dispose() => Data.Dispose();
    }

    [Fact]
    public void Today_PainFlag_FullRestDecidedByPainFlag()
    {
        Assert.Equal("FULL_REST", _season.Pain.GetProperty("recommendation").GetString());
        Assert.Equal(["pain_flag"], _season.Pain.GetProperty("decided_by").EnumerateArray().Select(e => e.GetString()));
        var pain = Guardrail(_season.Pain, "pain_flag");
        Assert.True(pain.GetProperty("fired").GetBoolean());
        Assert.Equal("FULL_REST", pain.GetProperty("asks_for").GetString());
        Assert.Equal(1, pain.GetProperty("observed").GetProperty("pain").GetDouble());
        Assert.Equal("pain reported at the calf: rest and get it assessed", pain.GetProperty("reason").GetString());
        Assert.Contains("FULL_REST", _season.Pain.GetProperty("narrative").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Today_BeforeAnyHistory_NeedsMoreData()
    {
        Assert.Equal("NEEDS_MORE_DATA", _season.NoData.GetProperty("recommendation").GetString());
        Assert.Equal(JsonValueKind.Null, _season.NoData.GetProperty("metrics").ValueKind);
        var data = Guardrail(_season.NoData, "insufficient_data");
        Assert.Equal(0, data.GetProperty("observed").GetProperty("activities_in_window").GetDouble());
        Assert.Equal(3, data.GetProperty("threshold").GetProperty("min_activities").GetDouble());
    }

    // A regular training week with the demo's ordinary mornings: nothing fires.
    [Fact]
    public void Today_NormalTrainingDay_ProceedWithEveryGuardrailAndTheMetrics()
    {
        var json = _season.Normal;
        Assert.Equal("PROCEED", json.GetProperty("recommendation").GetString());
        Assert.Empty(json.GetProperty("decided_by").EnumerateArray());
        var guardrails = json.GetProperty("guardrails").EnumerateArray().ToArray();
        Assert.Contains(guardrails, g => g.GetProperty("id").GetString() == "pain_flag" && g.GetProperty("evaluated").GetBoolean());
        Assert.Equal(25, guardrails.Length);
        Assert.All(guardrails, g => Assert.False(g.GetProperty("fired").GetBoolean()));
        Assert.InRange(Guardrail(json, "insufficient_data").GetProperty("observed").GetProperty("activities_in_window").GetDouble(), 3, 14);
        Assert.Equal("2026-05-17", json.GetProperty("metrics").GetProperty("date").GetString());
        Assert.InRange(json.GetProperty("metrics").GetProperty("weekly_distance_m").GetDouble(), 20_000, 90_000);
        Assert.Equal(64, json.GetProperty("settings_hash").GetString()!.Length);
        Assert.Equal("guardrails/1.1", json.GetProperty("engine_version").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("planned_session").ValueKind);
    }

    [Fact]
    public void AuditList_EveryRun_ListedNewestFirst()
    {
        var list = _season.Run("audit", "list", "--json").Json();
        // The demo's own call for its "today" (2026-05-20) is the first record.
        var demo = _season.Demo.GetProperty("today");
        var ids = new[] { _season.NoData, _season.Pain, _season.Normal, demo }.Select(j => j.GetProperty("audit_id").GetInt64());

        Assert.Equal(ids, list.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()));
        Assert.Equal(["NEEDS_MORE_DATA", "FULL_REST", "PROCEED", demo.GetProperty("recommendation").GetString()],
            list.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("recommendation").GetString()));
        Assert.Equal("2026-05-20", demo.GetProperty("date").GetString());
    }

    [Fact]
    public void Replay_EveryRecord_Identical()
    {
        foreach (var run in new[] { _season.Normal, _season.Pain, _season.NoData })
        {
            var id = run.GetProperty("audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var replay = _season.Run("replay", id);
            Assert.Equal(0, replay.ExitCode);
            Assert.StartsWith("identical", replay.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AuditShow_PainDay_SnapshotAndNarrative()
    {
        var id = _season.Pain.GetProperty("audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var show = _season.Run("audit", "show", id, "--json").Json();

        Assert.Equal("2026-05-19", show.GetProperty("snapshot").GetProperty("date").GetString());
        var signals = show.GetProperty("snapshot").GetProperty("signals").EnumerateArray().ToArray();
        Assert.Equal("calf", signals.Single(s => s.GetProperty("date").GetString() == "2026-05-19").GetProperty("pain_site").GetString());
        Assert.Equal(14 - 1, signals.Length); // the demo's 14 mornings up to 05-20; the snapshot of 05-19 holds those up to 05-19
        Assert.Equal(_season.Pain.GetProperty("narrative").GetString(), show.GetProperty("narrative").GetString());
        Assert.Equal("template", show.GetProperty("narrative_source").GetString());
    }

    /// <summary>
    /// Journal: 05-18 PROCEED (engine PROCEED), 05-19 FULL_REST (engine FULL_REST), 01-01 PROCEED (engine NEEDS_MORE_DATA),
    /// 05-10 PROCEED (never decided). p_o = 2/3; engine rows 1/1/1, human columns PROCEED 2, FULL_REST 1 →
    /// p_e = (1·2 + 1·1)/9 = 1/3; κ = (2/3 − 1/3)/(1 − 1/3) = 0.5.
    /// </summary>
    [Fact]
    public void Agreement_JournalAgainstDecisions_MatrixRateKappa()
    {
        var json = _season.Run("agreement", "--json").Json();

        Assert.Equal(3, json.GetProperty("compared").GetInt32());
        Assert.Equal(2, json.GetProperty("agreed").GetInt32());
        Assert.Equal(2.0 / 3, json.GetProperty("agreement_rate").GetDouble(), 12);
        Assert.Equal(0.5, json.GetProperty("kappa").GetDouble(), 12);
        Assert.Equal(1, json.GetProperty("journal_days_without_decision").GetInt32());
        var categories = json.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ToList();
        int Cell(string engine, string human) => json.GetProperty("matrix").EnumerateArray()
            .Single(r => r.GetProperty("engine").GetString() == engine).GetProperty("human")[categories.IndexOf(human)].GetInt32();
        Assert.Equal(["PROCEED", "REDUCE_INTENSITY", "REDUCE_VOLUME", "RECOVERY_RUN", "CROSS_TRAIN_OR_REST", "FULL_REST", "NEEDS_MORE_DATA"], categories);
        Assert.Equal((1, 1, 1), (Cell("NEEDS_MORE_DATA", "PROCEED"), Cell("FULL_REST", "FULL_REST"), Cell("PROCEED", "PROCEED")));
        Assert.Equal(3, json.GetProperty("matrix").EnumerateArray().Sum(r => r.GetProperty("human").EnumerateArray().Sum(n => n.GetInt32())));
    }

    [Theory]
    [InlineData(new[] { "journal", "add", "--date", "2026-05-18", "--my-call", "REST" },
        "coach: --my-call 'REST': expected one of PROCEED, REDUCE_INTENSITY, REDUCE_VOLUME, RECOVERY_RUN, CROSS_TRAIN_OR_REST, FULL_REST, NEEDS_MORE_DATA", 1)]
    [InlineData(new[] { "guardrails", "set", "acwr.nope", "3" }, "coach: guardrail setting 'acwr.nope': unknown (see `coach guardrails` for the list)", 1)]
    [InlineData(new[] { "guardrails", "set", "insufficient_data.min_activities", "99" }, "coach: guardrail setting 'insufficient_data.min_activities' 99: expected 1 to 30", 1)]
    [InlineData(new[] { "audit", "show", "999" }, "coach: audit id 999: no such decision (see `coach audit list`)", 3)]
    [InlineData(new[] { "replay", "999" }, "coach: audit id 999: no such decision (see `coach audit list`)", 3)]
    [InlineData(new[] { "race", "add", "--date", "2026-06-01", "--name", "City", "--distance", "10k", "--priority", "D" }, "coach: --priority 'D': expected A, B or C", 1)]
    public void BadInput_OneLineNamingTheInput(string[] args, string expected, int exit)
    {
        var run = _season.Run(args);

        Assert.Equal(exit, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.StderrLines));
    }

    private static JsonElement Guardrail(JsonElement today, string id) =>
        today.GetProperty("guardrails").EnumerateArray().Single(g => g.GetProperty("id").GetString() == id);
}
