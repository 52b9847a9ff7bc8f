using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.CsvLog;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Demo;
using HybridCoach.Application.Import;
using HybridCoach.Application.Inbox;
using HybridCoach.Application.Inspect;
using HybridCoach.Application.Journal;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Races;
using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Oversight;
using HybridCoach.Formats;
using HybridCoach.Formats.Fit;
using HybridCoach.Formats.Gpx;
using HybridCoach.Formats.Tcx;
using HybridCoach.Narrative.Providers;
using HybridCoach.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Hosting;

/// <summary>The one place HybridCoach is wired: readers, the store in the data directory, and the use cases.</summary>
public static class HybridCoachServiceCollectionExtensions
{
    public static IServiceCollection AddHybridCoach(this IServiceCollection services, IConfiguration configuration)
    {
        var dataDirectory = DataDirectory.Resolve(configuration[ConfigurationKeys.DataDirectory], key => configuration[key]);
        services.AddSingleton(new DataDirectoryLocation(dataDirectory));
        var databasePath = AthleteDatabases.DatabasePath(dataDirectory, configuration[ConfigurationKeys.Athlete]);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IActivityFileReader, FitActivityReader>();
        services.AddSingleton<IActivityFileReader, GpxActivityReader>();
        services.AddSingleton<IActivityFileReader, TcxActivityReader>();
        services.AddSingleton<IActivityStore>(provider => SqliteActivityStore.Open(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAthleteStore>(provider => SqliteAthleteStore.Open(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IActivityLoadStore>(provider => SqliteActivityLoadStore.Open(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddTransient<ImportService>();
        services.AddTransient<UpdateAthleteProfile>();
        services.AddTransient<AddManualActivity>();
        services.AddTransient<ImportCsvLog>();
        services.AddTransient<InspectActivityFile>();
        services.AddTransient<CreateDemoHistory>();
        services.AddTransient<DemoAthleteSetup>();
        services.AddTransient<ComputeMetrics>();
        services.AddTransient<ActivityLoads>();
        services.AddTransient<EstimateThresholdPace>();
        services.AddSingleton<IDecisionAuditStore>(provider => new SqliteDecisionAuditStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IJournalStore>(provider => new SqliteJournalStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IRaceCalendar>(provider => new SqliteRaceCalendar(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IGuardrailOverrideStore>(provider => new SqliteGuardrailOverrideStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddTransient<DecisionSnapshotBuilder>();
        services.AddTransient<GuardrailSettingsResolver>();
        services.AddTransient<GuardrailOverrides>();
        services.AddSingleton<INarrator>(_ => NarratorFactory.Create(NarratorSettings.From(key => configuration[key])));
        services.AddSingleton<INarrationAudit>(provider => new SqliteNarrationAudit(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddTransient<NarrateAndRecord>();
        services.AddTransient<DecideToday>();
        services.AddTransient<ReplayDecision>();
        services.AddTransient<ComputeAgreement>();
        services.AddTransient<AddJournalEntry>();
        services.AddSingleton<IPlanStore>(provider => new SqlitePlanStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddTransient<BuildPlanRequest>();
        services.AddTransient<GeneratePlans>();
        services.AddTransient<ShowPlan>();
        services.AddTransient<ComparePlans>();
        services.AddTransient<ValidatePlan>();
        services.AddTransient<ExportPlan>();
        services.AddTransient<PlannedSessionOn>();
        services.AddSingleton<ICheckInStore>(provider => new SqliteCheckInStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISessionAdjustmentStore>(provider => new SqliteSessionAdjustmentStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IProposalStore>(provider => new SqliteProposalStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEscalationStore>(provider => new SqliteEscalationStore(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPlanChangeLog>(provider => new SqlitePlanChangeLog(databasePath, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new ApprovalPolicy(ApprovalSettingsConfiguration.From(configuration)));
        services.AddTransient<IPlanAdaptation, DomainPlanAdaptation>();
        services.AddSingleton<ICoachedAthletes, DataDirectoryAthletes>();
        services.AddTransient<PlanVersionWriter>();
        services.AddTransient<ChangeSubmission>();
        services.AddTransient<EscalationRaiser>();
        services.AddTransient<RecordCheckIn>();
        services.AddTransient<AdjustSession>();
        services.AddTransient<DecideInboxItem>();
        services.AddTransient<RestorePlanVersion>();
        services.AddTransient<PlanHistory>();
        services.AddTransient<CoachInbox>();
        services.AddTransient<WeekActivities>();
        services.AddTransient<WeeklyReviewBuilder>();
        services.AddTransient<SummarizeWeek>();
        services.AddTransient<DescribeSession>();
        return services;
    }
}
