using HybridCoach.Application.Contracts;
using HybridCoach.Hosting;
using HybridCoach.Web.Api;
using HybridCoach.Web.Accounts;
using HybridCoach.Web.Uploads;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace HybridCoach.Web;

/// <summary>
/// The web app for runners: Razor Pages rendered on the server over the same use cases as the CLI, accounts with
/// ASP.NET Core Identity (hashed passwords, lockout, antiforgery on every form), and each signed-in account scoped
/// to its own athlete's store in the data directory (embedded SQLite by default). Listens on 127.0.0.1 unless told.
/// </summary>
public static class WebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The authorization policy of `/api`: signed in by cookie or by API token.</summary>
    public const string ApiPolicy = "Api";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The content root is the app's own folder (not the shell's), and the stylesheets and scripts are found from a
        // checkout's build (static web assets) as well as from a publish folder's wwwroot.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ApplicationName = typeof(WebApp).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseStaticWebAssets();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);
        var dataDirectory = DataDirectory.Resolve(builder.Configuration[ConfigurationKeys.DataDirectory] ?? builder.Configuration["data-dir"],
            key => builder.Configuration[key] ?? Environment.GetEnvironmentVariable(key));
        builder.Services.AddHybridCoachAccounts(dataDirectory, MaxOpenAthletes(builder.Configuration[ConfigurationKeys.MaxOpenAthletes]));
        // Sign-in cookies are protected with keys kept in the data directory: they survive a restart, and every
        // instance over the same directory accepts them.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "web-keys")))
            .SetApplicationName("HybridCoach");
        AddIdentity(builder.Services);
        builder.Services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/").AllowAnonymousToFolder("/Account")
            .AllowAnonymousToPage("/Index").AllowAnonymousToPage("/Error"));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = UploadLimits.MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = UploadLimits.MaxUploadBytes);
        builder.Services.AddProblemDetails();
        // The API speaks the contracts' JSON (the CLI's --json shapes), from their source-generated metadata first.
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            ContractJson.Configure(options.SerializerOptions);
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJson.TypeInfoResolver);
        });
        builder.Services.AddOpenApi();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentAthlete>();
        AddPasswordResetMail(builder);
        builder.Services.AddSingleton(Maps.MapTiles.Read(builder.Configuration));
        var inlineWait = InlineWait(builder.Configuration[ConfigurationKeys.UploadInlineWaitMs]);
        builder.Services.AddSingleton(s => new UploadQueue(s.GetRequiredService<TimeProvider>(), s.GetRequiredService<AthleteScopes>(),
            s.GetRequiredService<Application.Import.IImportJobStore>()) { InlineWait = inlineWait });
        builder.Services.AddHostedService<Hosting.MigrateStoresAtStart>();
        builder.Services.AddHostedService<UploadWorker>();

        var app = builder.Build();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapCalendarFeedEndpoints();
        var api = app.MapGroup("").RequireAuthorization(ApiPolicy);
        api.MapTodayEndpoints();
        api.MapActivitiesEndpoints();
        api.MapSignalsEndpoints();
        api.MapPlanEndpoints();
        api.MapProfileEndpoints();
        api.MapAuditEndpoints();
        api.MapRacesEndpoints();
        api.MapUploadsEndpoints();
        api.MapCheckInsEndpoints();
        api.MapMetricsEndpoints();
        return app;
    }

    /// <summary>Reset links by SMTP when a mail server is configured (then the public address is required), else to the log.</summary>
    private static void AddPasswordResetMail(WebApplicationBuilder builder)
    {
        var smtp = SmtpSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(PublicAddress.Read(builder.Configuration, required: smtp is not null));
        if (smtp is null)
        {
            builder.Services.AddSingleton<IPasswordResetSender, LoggedPasswordResetSender>();
            return;
        }
        builder.Services.AddSingleton(smtp);
        builder.Services.AddSingleton<IPasswordResetSender, SmtpPasswordResetSender>();
    }

    private static int MaxOpenAthletes(string? text) => text switch
    {
        null => AthleteScopes.DefaultMaxOpen,
        _ when int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        _ => throw new InvalidOperationException($"{ConfigurationKeys.MaxOpenAthletes} '{text}': expected a whole number above 0"),
    };

    private static TimeSpan InlineWait(string? milliseconds) => milliseconds switch
    {
        null => UploadQueue.DefaultInlineWait,
        _ when int.TryParse(milliseconds, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms >= 0 => TimeSpan.FromMilliseconds(ms),
        _ => throw new InvalidOperationException($"{ConfigurationKeys.UploadInlineWaitMs} '{milliseconds}': expected a whole number of milliseconds, 0 or more"),
    };

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentityCore<WebUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserStore<AccountUserStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        // The API takes the sign-in cookie or an API token; the pages take the cookie only.
        services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser());
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnRedirectToLogin = context => Unauthorised(context);
        });
    }

    /// <summary>Pages redirect to sign-in; the JSON API answers 401 instead.</summary>
    private static Task Unauthorised(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
