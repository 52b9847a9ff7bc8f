namespace HybridCoach.Domain.Load;

/// <summary>
/// Chronic load (fitness, 42 d), acute load (fatigue, 7 d) and form, the Banister impulse–response model as
/// GoldenCheetah's PMCData.cpp computes it (science.md §6): avg[d] = avg[d−1] + k·(load[d] − avg[d−1]), both
/// starting from 0 the day before the series, with k = 1 − e^(−1/τ) by default (intervals.icu uses the same:
/// 0.023528 and 0.133122) or k = 1/τ. Form on day d = chronic − acute of day d−1 (TrainingPeaks: "yesterday's
/// fitness − yesterday's fatigue"), or of day d when <see cref="SeriesSettings.FormFromToday"/>.
/// 100 a day from 0: chronic after 42 days 63.2121, acute after 7 days 63.2121 (exponential form).
/// </summary>
public static class FitnessFatigue
{
    public const string ChronicId = "chronic_load";
    public const string AcuteId = "acute_load";
    public const string FormId = "form";

    public static double Gain(double timeConstantDays, EwmaForm form)
    {
        if (!(timeConstantDays >= 1))
            throw new ArgumentOutOfRangeException(nameof(timeConstantDays), timeConstantDays, "time constant must be at least 1 day");
        return form == EwmaForm.Exponential ? 1 - Math.Exp(-1 / timeConstantDays) : 1 / timeConstantDays;
    }

    public static FitnessFatigueSeries Compute(ReadOnlySpan<double> loads, SeriesSettings? settings = null)
    {
        settings ??= SeriesSettings.Default;
        var chronicGain = Gain(settings.ChronicTimeConstantDays, settings.FitnessFatigueForm);
        var acuteGain = Gain(settings.AcuteTimeConstantDays, settings.FitnessFatigueForm);
        var chronic = new double[loads.Length];
        var acute = new double[loads.Length];
        var form = new double[loads.Length];
        double previousChronic = 0, previousAcute = 0;
        for (var d = 0; d < loads.Length; d++)
        {
            chronic[d] = previousChronic + chronicGain * (loads[d] - previousChronic);
            acute[d] = previousAcute + acuteGain * (loads[d] - previousAcute);
            form[d] = settings.FormFromToday ? chronic[d] - acute[d] : previousChronic - previousAcute;
            previousChronic = chronic[d];
            previousAcute = acute[d];
        }
        return new FitnessFatigueSeries(chronic, acute, form);
    }
}
