using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using HybridCoach.Formats.Calendar;
using HybridCoach.Formats.Fit.Profile;
using P = HybridCoach.Formats.Fit.Writing.FitWorkoutProfile;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// Writes planned sessions as FIT workout files a watch can follow (FIT protocol, "Workout File": file_id with
/// type 5 first, then one workout message, then its workout_step messages in order). One file per session.
/// file_id must be unique per workout on a device (type, manufacturer, product, serial number), so the serial
/// number is the session date as yyyymmdd and time_created the date's midnight UTC: re-exporting the same
/// plan gives byte-identical files.
/// </summary>
public static class FitWorkoutEncoder
{
    private const byte FileIdLocal = 0, WorkoutLocal = 1, StepLocal = 2, RepeatLocal = 3;
    private const byte WorkoutNameBytes = 40, StepNameBytes = 32, NotesBytes = 128;

    public static byte[] Encode(PlannedSession session, string name, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"workout name for {session.Date:yyyy-MM-dd}: must not be empty", nameof(name));
        var steps = FitWorkoutSteps.Of(session, units);
        var writer = new FitFileWriter();
        writer.WriteMessage(FileIdLocal, FileId(session.Date));
        var (sport, subSport) = FitSportCodes.For(SportOf(session.Type));
        writer.WriteMessage(WorkoutLocal, new FitOutgoingMessage(FitMessageNumbers.Workout)
            .String(P.Workout.WktName, name, WorkoutNameBytes)
            .Enum(P.Workout.Sport, sport)
            .Enum(P.Workout.SubSport, subSport)
            .UInt16(P.Workout.NumValidSteps, (ushort)steps.Count));
        foreach (var step in steps)
        {
            var isRepeat = step.DurationType == P.Duration.RepeatUntilStepsComplete;
            writer.WriteMessage(isRepeat ? RepeatLocal : StepLocal, StepMessage(step));
        }
        return writer.ToArray();
    }

    /// <summary>Every session of the plan but rest days, named "2026-12-03-tempo.fit" and titled like the calendar event.</summary>
    public static IReadOnlyList<FitWorkoutFile> EncodePlan(SeasonPlan plan, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Sessions.Where(s => s.Type != SessionType.Rest).Select(s => EncodeSession(s, units))];
    }

    /// <summary>One session as a workout file named "2026-12-03-tempo.fit", titled like its calendar event.</summary>
    public static FitWorkoutFile EncodeSession(PlannedSession session, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(session);
        var name = PrescriptionFormat.Title(session, units);
        var fileName = $"{session.Date:yyyy-MM-dd}-{session.Type.ToId().Replace('_', '-')}.fit";
        return new FitWorkoutFile(fileName, session.Date, name, Encode(session, name, units));
    }

    private static FitOutgoingMessage FileId(DateOnly date)
    {
        var midnightUtc = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new FitOutgoingMessage(FitMessageNumbers.FileId)
            .Enum(FitEncodingProfile.FileId.Type, P.FileTypeWorkout)
            .UInt16(FitEncodingProfile.FileId.Manufacturer, FitEncodingValues.ManufacturerDevelopment)
            .UInt16(FitEncodingProfile.FileId.Product, FitDeviceToEncode.Default.Product)
            .UInt32z(FitEncodingProfile.FileId.SerialNumber, (uint)(date.Year * 10_000 + date.Month * 100 + date.Day))
            .UInt32(FitEncodingProfile.FileId.TimeCreated, FitTime.ToFitSeconds(midnightUtc));
    }

    private static FitOutgoingMessage StepMessage(FitWorkoutStep step)
    {
        var m = new FitOutgoingMessage(FitMessageNumbers.WorkoutStep)
            .UInt16(FitEncodingProfile.Common.MessageIndex, step.MessageIndex)
            .String(P.Step.WktStepName, step.Name, StepNameBytes)
            .Enum(P.Step.DurationType, step.DurationType)
            .UInt32IfAny(P.Step.DurationValue, step.DurationValue);
        if (step.TargetType is { } targetType) m.Enum(P.Step.TargetType, targetType);
        m.UInt32IfAny(P.Step.TargetValue, step.TargetValue)
         .UInt32IfAny(P.Step.CustomTargetValueLow, step.CustomTargetLow)
         .UInt32IfAny(P.Step.CustomTargetValueHigh, step.CustomTargetHigh);
        if (step.Intensity is { } intensity) m.Enum(P.Step.Intensity, intensity);
        if (step.Notes is { Length: > 0 } notes) m.String(P.Step.Notes, notes, NotesBytes);
        return m;
    }

    private static Sport SportOf(SessionType type) => type switch
    {
        SessionType.Strength => Sport.Strength,
        SessionType.CrossTraining => Sport.CrossTraining,
        _ => Sport.Running,
    };
}
