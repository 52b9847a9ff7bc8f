using System.Text.Json;
using HybridCoach.Application.Json;

namespace HybridCoach.Cli.Output;

/// <summary>Every `--json` answer: the contracts' one JSON shape (<see cref="ContractJson"/>), indented for a terminal.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = ContractJson.Create(indented: true);

    public static void Write<T>(TextWriter stdout, T value)
    {
        stdout.WriteLine(JsonTypes.Serialize(value, Options));
    }
}
