using HybridCoach.Application.Narration;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// The template pep talk before a session: what the last 14 days hold (activities, distance, the longest outing and
/// its pace), today's call and why, and a send-off in the call's spirit. Only figures from the context are used.
/// </summary>
public static class PepTalkTemplate
{
    public static List<string> Sentences(NarrationRequest request)
    {
        var decision = request.Decision;
        var call = decision.Recommendation;
        var key = $"{Figures.Date(decision.Date)}|{call.ToId()}|pep";
        var sessions = request.Context.RecentSessions;
        var sentences = new List<string>();
        if (sessions.Count == 0) sentences.Add("nothing is logged in the last 14 days, so today is a fresh start");
        else
        {
            var km = Figures.Km(sessions.Sum(s => s.DistanceM));
            sentences.Add($"in the last 14 days you covered {km} over {sessions.Count} activities");
            var longest = sessions.Where(s => s.IsRun).MaxBy(s => s.DistanceM);
            if (longest is not null && longest.DistanceM > 0)
                sentences.Add($"the longest was {Figures.Km(longest.DistanceM)} on {Figures.Weekday(longest.Date)}"
                    + (longest.PaceSPerKm is { } pace ? $" at {Figures.Pace(pace)}" : ""));
        }
        sentences.Add(VariantPicker.Pick(key + "|open", CallPhrases.Openings(call)) + ", and " + TemplateNarrator.Why(decision, request.Context, key));
        sentences.Add(VariantPicker.Pick(key + "|send", SendOffs(call)));
        return sentences;
    }

    private static IReadOnlyList<string> SendOffs(Recommendation call) => call switch
    {
        Recommendation.Proceed => ["that work is in the bank, so go and enjoy today", "you have earned this one, so trust the training", "the consistency is showing, so go out and have fun with it"],
        Recommendation.ReduceIntensity or Recommendation.RecoveryRun => ["easy days are where the fitness settles in, so relax and enjoy it", "patience today keeps the good weeks coming", "there is no fitness to prove today, only to keep"],
        Recommendation.ReduceVolume => ["a shorter day now keeps the bigger days possible", "less today means more in the weeks ahead", "bank the consistency rather than the kilometres"],
        Recommendation.CrossTrainOrRest or Recommendation.FullRest => ["recovery is part of the training, and the fitness stays with you", "the work you have done will not vanish in a day", "rest well, and you come back stronger"],
        _ => ["every logged activity sharpens the coach's view of you", "keep it steady, and the picture fills in soon", "consistency now pays off once the record fills"],
    };
}
