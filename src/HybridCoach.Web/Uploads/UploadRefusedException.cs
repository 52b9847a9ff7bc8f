namespace HybridCoach.Web.Uploads;

/// <summary>An upload not taken now, and why (the athlete has <see cref="UploadQueue.MaxUnfinishedPerAthlete"/> imports going).</summary>
public sealed class UploadRefusedException(string message) : InvalidOperationException(message);
