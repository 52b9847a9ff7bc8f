namespace HybridCoach.Domain.Restrictions;

/// <summary>What kind of evidence of harm is in force until the coach clears it (ids snake_case of the names).</summary>
public enum OpenFlagKind
{
    /// <summary>A possible medical red flag (chest pain, fainting, suspected stress fracture…): no training at all.</summary>
    MedicalRedFlag,

    /// <summary>Pain (not soreness) reported at a site: no running until cleared.</summary>
    Pain,
}
