namespace HybridCoach.Application.Journal;

/// <summary>Who wrote a journal verdict: the athlete, or their human coach.</summary>
public enum JournalAuthor
{
    Athlete,
    Coach,
}
