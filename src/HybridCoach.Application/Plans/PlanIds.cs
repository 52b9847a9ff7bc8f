using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The ids of the plan enums as the CLI, JSON and the store spell them: variants and phases by lower-case name,
/// runner types as <c>beginner</c>, <c>5k-10k</c>, <c>marathoner</c>, <c>masters</c>, <c>comeback</c>,
/// <c>multi-race</c>, equipment as <c>bodyweight</c>, <c>dumbbells</c>, <c>kettlebell</c>, <c>barbell</c>,
/// <c>band</c>, <c>gym</c>. Parsing a wrong id throws an <see cref="Errors.InvalidInputException"/> naming the input and the choices.
/// </summary>
public static class PlanIds
{
    private static readonly (RunnerType Type, string Id)[] RunnerTypes =
    [
        (RunnerType.Beginner, "beginner"), (RunnerType.FiveTenKRacer, "5k-10k"), (RunnerType.Marathoner, "marathoner"),
        (RunnerType.Masters, "masters"), (RunnerType.Comeback, "comeback"), (RunnerType.MultiRace, "multi-race"),
    ];

    private static readonly (Equipment Item, string Id)[] EquipmentIds =
    [
        (Equipment.Bodyweight, "bodyweight"), (Equipment.Dumbbells, "dumbbells"), (Equipment.Kettlebell, "kettlebell"),
        (Equipment.Barbell, "barbell"), (Equipment.ResistanceBand, "band"), (Equipment.Gym, "gym"),
    ];

    public static string ToId(this PlanVariant variant) => variant.ToString().ToLowerInvariant();

    public static string ToId(this Phase phase) => phase.ToString().ToLowerInvariant();

    public static string ToId(this RunnerType type) => RunnerTypes.First(r => r.Type == type).Id;

    public static string ToId(this Equipment item) => EquipmentIds.First(e => e.Item == item).Id;

    public static PlanVariant ParseVariant(string? text, string inputName = "variant")
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        foreach (var variant in Enum.GetValues<PlanVariant>()) if (variant.ToId() == key) return variant;
        throw new Errors.InvalidInputException(inputName, $" '{text}': expected conservative, moderate or aggressive");
    }

    public static RunnerType ParseRunnerType(string? text, string inputName = "runner_type")
    {
        var key = (text ?? "").Trim().ToLowerInvariant().Replace('_', '-');
        foreach (var (type, id) in RunnerTypes) if (id == key) return type;
        throw new Errors.InvalidInputException(inputName, $" '{text}': expected one of {string.Join(", ", RunnerTypes.Select(r => r.Id))}");
    }

    /// <summary>A comma-separated equipment list, e.g. "dumbbells,band"; duplicates are dropped.</summary>
    public static IReadOnlyList<Equipment> ParseEquipment(string? text, string inputName = "equipment")
    {
        var items = new List<Equipment>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = part.ToLowerInvariant();
            var match = EquipmentIds.Where(e => e.Id == key).Select(e => (Equipment?)e.Item).FirstOrDefault()
                ?? throw new Errors.InvalidInputException(inputName, $" '{part}': expected one of {string.Join(", ", EquipmentIds.Select(e => e.Id))}");
            if (!items.Contains(match)) items.Add(match);
        }
        return items;
    }
}
