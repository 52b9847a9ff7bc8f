using Dapper;
using HybridCoach.Application.Decisions;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The athlete's guardrail threshold overrides in their SQLite file, one row per setting id.</summary>
public sealed class SqliteGuardrailOverrideStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IGuardrailOverrideStore
{
    public Task<IReadOnlyList<GuardrailOverride>> ListAsync(CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var rows = await Connection.QueryAsync<OverrideRow>(DecisionSql.SelectOverrides);
        return (IReadOnlyList<GuardrailOverride>)[.. rows.Select(r => new GuardrailOverride(r.SettingId, r.Value, SqliteDialect.Instance.FromDbTime(r.SetAtUtc), r.Note))];
    }, cancellationToken);

    public Task SetAsync(GuardrailOverride value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var row = new OverrideRow { SettingId = value.SettingId, Value = value.Value, SetAtUtc = (string)SqliteDialect.Instance.ToDbTime(value.SetAtUtc), Note = value.Note };
        return Locked(() => Connection.ExecuteAsync(DecisionSql.UpsertOverride, row), cancellationToken);
    }

    public Task<bool> RemoveAsync(string settingId, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.ExecuteAsync("DELETE FROM guardrail_overrides WHERE setting_id = @settingId;", new { settingId }) == 1, cancellationToken);
}
