namespace HybridCoach.Domain.Load;

/// <summary>
/// Seiler's three intensity zones (Seiler &amp; Kjerland 2006, Scand J Med Sci Sports 16:49–56; Seiler 2010,
/// Int J Sports Physiol Perform 5:276–291): easy = below the first ventilatory/lactate threshold (VT1/LT1),
/// moderate = between the thresholds, hard = at or above the second threshold (VT2/LT2 ≈ lactate threshold).
/// Which of our zones fall in each band is in <see cref="IntensityBands"/>.
/// </summary>
public enum IntensityBand
{
    Easy,
    Moderate,
    Hard,
}
