using System.Text.Json;
using HybridCoach.Application.Json;
using HybridCoach.Application.Plans.Records;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching.Records;

/// <summary>
/// The JSON columns of the coaching tables, with the plan records' options (snake_case, enums by snake_case name).
/// A column that cannot be read throws a <see cref="FormatException"/> naming it.
/// </summary>
public static class CoachingJson
{
    public static string Niggles(IEnumerable<Niggle> niggles) => Write(niggles.Select(NiggleRecord.From).ToArray());

    public static IReadOnlyList<Niggle> ReadNiggles(string json) => [.. Read<NiggleRecord[]>(json, "niggles_json").Select(n => n.ToNiggle())];

    public static string Request(AdjustmentRequest request) => Write(AdjustmentRequestRecord.From(request));

    public static AdjustmentRequest ReadRequest(string json) => Read<AdjustmentRequestRecord>(json, "request_json").ToRequest();

    public static string Session(PlannedSession session) => Write(PlannedSessionRecord.From(session));

    public static PlannedSession ReadSession(string json, string column) => Read<PlannedSessionRecord>(json, column).ToSession();

    public static string Lines(IEnumerable<string> lines) => Write(lines.ToArray());

    public static IReadOnlyList<string> ReadLines(string json, string column) => Read<string[]>(json, column);

    public static string Payload(ProposalPayload payload) => Write(payload);

    public static ProposalPayload ReadPayload(string json) => Read<ProposalPayload>(json, "payload_json");

    public static IReadOnlyList<PlanChange> Changes(ProposalPayload payload) => [.. (payload.Changes ?? []).Select(c => c.ToChange())];

    private static string Write<T>(T value) => JsonTypes.Serialize(value, PlanJson.Options);

    private static T Read<T>(string json, string column)
    {
        try
        {
            return JsonTypes.Deserialize<T>(json, PlanJson.Options) ?? throw new FormatException($"{column}: empty");
        }
        catch (JsonException error)
        {
            throw new FormatException($"{column}: not readable ({error.Message})", error);
        }
    }
}
