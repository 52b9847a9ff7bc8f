namespace HybridCoach.Formats.Fit;

/// <summary>
/// Walks hr beats alongside records in time order. A record gets the bpm of the latest beat at or before
/// it; records before the first beat or after the last get nothing, so a strap's data only replaces the
/// record heart rate where the strap actually recorded (matches the corpus references for
/// GarminHRMswim.FIT, HrmPluginTestActivity.fit and sample_mulitple_header.fit).
/// </summary>
internal sealed class BeatCursor(List<(double TimeS, long Bpm)> beats)
{
    private int _next;

    public long? Next(double recordS)
    {
        if (recordS < beats[0].TimeS || recordS > beats[^1].TimeS + 1) return null;
        if (_next > 0 && beats[_next - 1].TimeS > recordS) _next = 0;
        while (_next < beats.Count && beats[_next].TimeS <= recordS) _next++;
        return _next == 0 ? null : beats[_next - 1].Bpm;
    }
}
