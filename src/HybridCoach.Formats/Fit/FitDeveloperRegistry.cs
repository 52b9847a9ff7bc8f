namespace HybridCoach.Formats.Fit;

/// <summary>
/// The field_description messages seen so far, indexed by developer data index and field number
/// (two array lookups per developer field; no hashing in the per-message path).
/// </summary>
internal sealed class FitDeveloperRegistry
{
    private readonly FitDeveloperFieldDescription?[]?[] _byIndex = new FitDeveloperFieldDescription?[]?[256];

    public List<FitDeveloperFieldDescription> All { get; } = [];

    /// <summary>Changes whenever a description is registered, so per-definition plans know to resolve again.</summary>
    public int Version => All.Count;

    public FitDeveloperFieldDescription? Find(int developerIndex, int fieldNumber) =>
        _byIndex[developerIndex & 0xFF]?[fieldNumber & 0xFF];

    /// <summary>Registers a decoded field_description message (FIT Profile message 206).</summary>
    public void Register(FitMessage description)
    {
        var index = description.GetDouble("developer_data_index");
        var number = description.GetDouble("field_definition_number");
        var baseTypeId = description.GetDouble("fit_base_type_id");
        if (index is null || number is null || baseTypeId is null) return;
        var scale = description.GetDouble("scale");
        var entry = new FitDeveloperFieldDescription((int)index, (int)number, description.GetString("field_name"),
            description.GetString("units"), FitBaseTypes.Normalize((byte)baseTypeId),
            scale is null or 0 ? 1 : scale.Value, description.GetDouble("offset") ?? 0,
            (int?)description.GetDouble("native_mesg_num"), (int?)description.GetDouble("native_field_num"));
        var row = _byIndex[entry.DeveloperIndex & 0xFF] ??= new FitDeveloperFieldDescription?[256];
        row[entry.FieldNumber & 0xFF] = entry;
        All.Add(entry);
    }
}
