using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// The thresholds in force for one athlete: every declared setting's default, replaced by the athlete's
/// overrides. An override must name a declared setting (or a per-site setting plus <c>.site</c>) and lie within
/// its bounds; anything else is refused with an <see cref="ArgumentException"/> naming it. <see cref="Hash"/>
/// fingerprints the effective values so an audit record says exactly which thresholds decided.
/// </summary>
public sealed class GuardrailSettings
{
    private readonly Dictionary<string, GuardrailSetting> declared;
    private readonly SortedDictionary<string, double> overrides;

    private GuardrailSettings(Dictionary<string, GuardrailSetting> declared, SortedDictionary<string, double> overrides)
    {
        this.declared = declared;
        this.overrides = overrides;
        Hash = ComputeHash();
    }

    public static GuardrailSettings Defaults(IEnumerable<GuardrailSetting> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var byId = new Dictionary<string, GuardrailSetting>(StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            if (!byId.TryAdd(setting.Id, setting)) throw new ArgumentException($"guardrail setting {setting.Id}: declared twice");
        }
        return new GuardrailSettings(byId, new SortedDictionary<string, double>(StringComparer.Ordinal));
    }

    /// <summary>Every declared setting, sorted by id.</summary>
    public IReadOnlyList<GuardrailSetting> Declared => [.. declared.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>The athlete's overrides in force, sorted by id.</summary>
    public IReadOnlyDictionary<string, double> Overrides => overrides;

    /// <summary>SHA-256 (lowercase hex) of every effective value, one "id=value" line each, sorted.</summary>
    public string Hash { get; }

    public GuardrailSettings WithOverrides(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var merged = new SortedDictionary<string, double>(overrides, StringComparer.Ordinal);
        foreach (var (id, value) in values) merged[Canonical(id, value)] = value;
        return new GuardrailSettings(declared, merged);
    }

    /// <summary>The value in force for a declared setting.</summary>
    public double Get(string id) =>
        overrides.TryGetValue(id, out var value) ? value
        : declared.TryGetValue(id, out var setting) ? setting.Default
        : throw new ArgumentException($"guardrail setting '{id}': not declared by any guardrail");

    /// <summary>The value in force at one body site: its site override, else the setting's own value.</summary>
    public double ForSite(string id, string site) =>
        overrides.TryGetValue(SiteKey(id, site), out var value) ? value : Get(id);

    /// <summary>Every effective value, including site overrides, sorted by id.</summary>
    public IReadOnlyDictionary<string, double> Effective()
    {
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var setting in declared.Values) values[setting.Id] = setting.Default;
        foreach (var (id, value) in overrides) values[id] = value;
        return values;
    }

    private string Canonical(string id, double value)
    {
        var key = (id ?? "").Trim().ToLowerInvariant();
        var setting = Find(key) ?? throw new ArgumentException($"guardrail setting '{id}': unknown (see `coach guardrails` for the list)");
        if (!double.IsFinite(value) || value < setting.Min || value > setting.Max)
            throw new ArgumentException(FormattableString.Invariant($"guardrail setting '{key}' {value}: expected {setting.Min} to {setting.Max}"));
        return key == setting.Id ? key : SiteKey(setting.Id, key[(setting.Id.Length + 1)..]);
    }

    private GuardrailSetting? Find(string key)
    {
        if (declared.TryGetValue(key, out var exact)) return exact;
        foreach (var setting in declared.Values)
        {
            if (setting.PerSite && key.Length > setting.Id.Length + 1 && key.StartsWith(setting.Id + ".", StringComparison.Ordinal))
                return setting;
        }
        return null;
    }

    private static string SiteKey(string id, string site) => id + "." + AthleteGuard.Site(site, "site");

    private string ComputeHash()
    {
        var text = new StringBuilder();
        foreach (var (id, value) in Effective()) text.Append(id).Append('=').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
