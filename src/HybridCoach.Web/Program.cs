using HybridCoach.Web;

var app = WebApp.Build(args);
app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation("HybridCoach web app: open {Urls} in a browser", string.Join(", ", app.Urls)));
await app.RunAsync();

/// <summary>The web app's entry point (also the test host's).</summary>
public partial class Program;
