using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HybridCoach.Hosting;

/// <summary>Builds the service provider for a front end from the environment plus its own overrides.</summary>
public static class CoachServices
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        return new ServiceCollection().AddHybridCoach(configuration).BuildServiceProvider();
    }
}
