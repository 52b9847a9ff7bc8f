using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// The template's sentences for each call: how it opens (three phrasings each, picked by <see cref="VariantPicker"/>)
/// and what to do today. Each call has its own words, and none names another call or suggests more than it allows.
/// </summary>
public static class CallPhrases
{
    public static IReadOnlyList<string> Openings(Recommendation call) => call switch
    {
        Recommendation.Proceed => ["Today is a go: train as planned (PROCEED)", "Nothing stands in the way today, so proceed with your training (PROCEED)", "You have the green light today (PROCEED)"],
        Recommendation.ReduceIntensity => ["Keep today easy (REDUCE_INTENSITY)", "Today calls for an easy effort only (REDUCE_INTENSITY)", "Take the sting out of today's training (REDUCE_INTENSITY)"],
        Recommendation.ReduceVolume => ["Make today's session shorter (REDUCE_VOLUME)", "Today is a day to trim the distance (REDUCE_VOLUME)", "Cut today's session down in length (REDUCE_VOLUME)"],
        Recommendation.RecoveryRun => ["Today is for a short, easy recovery run at most (RECOVERY_RUN)", "Keep today to a gentle recovery run (RECOVERY_RUN)", "A brief, relaxed recovery run is the most today should hold (RECOVERY_RUN)"],
        Recommendation.CrossTrainOrRest => ["No running today: cross-train or rest (CROSS_TRAIN_OR_REST)", "Give your legs a day without running (CROSS_TRAIN_OR_REST)", "Today is a day off running (CROSS_TRAIN_OR_REST)"],
        Recommendation.FullRest => ["Today is a full rest day (FULL_REST)", "Rest completely today (FULL_REST)", "Take the whole day off today (FULL_REST)"],
        Recommendation.NeedsMoreData => ["There is not enough history yet to judge your training load (NEEDS_MORE_DATA)", "The coach needs more data before it can judge your load (NEEDS_MORE_DATA)", "Your training record is still too thin to read (NEEDS_MORE_DATA)"],
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "unknown recommendation"),
    };

    public static IReadOnlyList<string> Actions(Recommendation call, string? planned) => call switch
    {
        Recommendation.Proceed => planned is null
            ? ["Run your session by feel and keep the easy days easy", "Enjoy the session and finish feeling you had a little more in you", "Stick to the plan and listen to your body as you go"]
            : [$"The plan says: {planned}", $"On the plan for today: {planned}", $"Go ahead with the planned session: {planned}"],
        Recommendation.ReduceIntensity => ["Run at a conversational pace and leave out anything hard", "Easy running is fine, but no intervals or tempo today", "Keep every step relaxed and save the quality work for another day"],
        Recommendation.ReduceVolume => ["Keep the session type but stop well short of the planned distance", "Do the same kind of session, just a clearly shorter version of it", "Hold the effort where it was meant to be and take a good chunk off the distance"],
        Recommendation.RecoveryRun => ["Keep it short and slow, and skip anything hard", "Jog easily for a short while, or rest if that feels better", "A short, slow jog is plenty, with nothing hard in it"],
        Recommendation.CrossTrainOrRest => ["An easy spin on the bike, a swim or simply rest are the options", "Choose low-impact cross-training such as cycling or swimming, or rest", "If you want to move, keep it low impact like the bike or the pool; resting is just as good"],
        Recommendation.FullRest => ["Let your body recover and come back when it is ready", "Recovery is the work today, so put your feet up", "Nothing more is needed today than sleep, food and a walk if you like"],
        Recommendation.NeedsMoreData => ["Keep logging your activities and the coach will start reading your load", "Train sensibly by feel and keep logging, and the load checks switch on", "Log each activity and the load checks will join in soon"],
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "unknown recommendation"),
    };
}
