using HybridCoach.Application.Import;

namespace HybridCoach.Web.Uploads;

/// <summary>A queued upload: the job the runner follows and the staged files it imports.</summary>
public sealed record UploadWork(ImportJob Job, StagedImport Staging);
