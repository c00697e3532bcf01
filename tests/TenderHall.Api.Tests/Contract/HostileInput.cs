using System.Text;
using System.Text.Json.Nodes;

namespace TenderHall.Api.Tests.Contract;

/// <summary>Missing, malformed, oversized and hostile values for each part of an operation, derived from its OpenAPI description.</summary>
internal static class HostileInput
{
    /// <summary>Path and query values: unknown, empty-ish, control characters, non-ASCII, traversal, injection, huge, wrong type.</summary>
    public static readonly string[] Values =
    [
        "sweep-unknown", "测试标段", "a\r\nLocation: evil", "../../etc/passwd", "\0", "' OR '1'='1", "<script>alert(1)</script>",
        "%00%0d%0a", new string('9', 3000), "-1", "99999999999999999999", "1e400", " ",
    ];

    /// <summary>Bodies that are not what any operation wants.</summary>
    public static readonly (string Name, string ContentType, string Body)[] Bodies =
    [
        ("empty JSON", "application/json", ""),
        ("truncated JSON", "application/json", "{\"a\": "),
        ("empty object", "application/json", "{}"),
        ("array", "application/json", "[1, 2]"),
        ("null", "application/json", "null"),
        ("nested", "application/json", new string('[', 5000) + new string(']', 5000)),
        ("text", "text/plain", "not json"),
        ("form", "application/x-www-form-urlencoded", "a=1&b=2"),
    ];

    /// <summary>Bodies built from the operation's schema: every field of the wrong type, hostile, oversized, or out of range.</summary>
    public static IEnumerable<(string Name, string Body)> FromSchema(JsonNode? schema, JsonNode document)
    {
        var properties = Properties(schema, document);
        if (properties.Count == 0) yield break;
        yield return ("wrong types", Object(properties, type => type == "string" ? JsonValue.Create(12345) : JsonValue.Create("not-a-" + type)));
        yield return ("hostile strings", Object(properties, type => type == "string" ? JsonValue.Create("a\r\n\0<script>'--测试") : Plausible(type)));
        yield return ("oversized strings", Object(properties, type => type == "string" ? JsonValue.Create(new string('x', 1_000_000)) : Plausible(type)));
        yield return ("out of range", Object(properties, type => type switch
        {
            "integer" => JsonValue.Create(long.MinValue),
            "number" => JsonValue.Create(-1e300),
            "string" => JsonValue.Create(""),
            _ => Plausible(type),
        }));
        yield return ("plausible", Object(properties, Plausible));
    }

    private static JsonNode? Plausible(string type) => type switch
    {
        "string" => JsonValue.Create("sweep"),
        "integer" or "number" => JsonValue.Create(1),
        "boolean" => JsonValue.Create(true),
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => null,
    };

    private static string Object(Dictionary<string, string> properties, Func<string, JsonNode?> value)
    {
        var body = new JsonObject();
        foreach (var (name, type) in properties) body[name] = value(type);
        return body.ToJsonString();
    }

    // Property name → its JSON type (the first non-null one), following $ref into components.
    private static Dictionary<string, string> Properties(JsonNode? schema, JsonNode document)
    {
        schema = Resolve(schema, document);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (schema?["properties"] is not JsonObject properties) return result;
        foreach (var (name, property) in properties) result[name] = TypeOf(Resolve(property, document));
        return result;
    }

    private static string TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        _ => schema?["properties"] is not null || schema?["$ref"] is not null ? "object" : "string",
    };

    private static JsonNode? Resolve(JsonNode? schema, JsonNode document)
    {
        for (var depth = 0; depth < 8 && schema?["$ref"] is JsonValue reference; depth++)
        {
            var node = document;
            foreach (var part in reference.GetValue<string>().TrimStart('#', '/').Split('/')) node = node?[part]!;
            schema = node;
        }

        return schema;
    }

    /// <summary>The path with each parameter replaced by <paramref name="value"/>, escaped as a client would.</summary>
    public static string Path(string template, Func<string, string> value)
    {
        var path = new StringBuilder();
        foreach (var segment in template.Split('/'))
        {
            if (path.Length > 0 || segment.Length > 0) path.Append('/');
            path.Append(segment.StartsWith('{') ? Uri.EscapeDataString(value(segment.Trim('{', '}'))) : segment);
        }

        return path.ToString();
    }
}
