using System.Text.Json;
using Json.Schema;
using PeerSupport.Directory.Tests.OpenData;

namespace PeerSupport.Directory.Web.Tests.OpenData;

/// <summary>
/// The standard's schema files, read from ../shared/oruk-schemas beside the repository (never
/// copied into it), compiled with format validation on: the endpoint → schema mapping of the
/// folder's README, with the published openapi.json's defect fixed (a service_at_location is
/// checked against service_at_location.json, not service.json).
/// </summary>
public static class OrukSchemas
{
    public static string Folder => OrukStandard.Folder;

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    public static string Compiled(string name) => Path.Combine(Folder, "uk-profile-v3", "schema", "compiled", name);

    /// <summary>The problems <paramref name="json"/> has against the schema file <paramref name="schema"/> ("service.json", "compiled/service_list.json"); empty when it conforms.</summary>
    public static IReadOnlyList<string> Problems(string schema, JsonElement json)
    {
        var results = Schemas.Value[schema].Evaluate(json, Options);
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).ToList();
    }

    /// <summary>Fails the test with every problem when <paramref name="json"/> does not conform.</summary>
    public static void AssertConforms(string schema, JsonElement json, string what)
    {
        var problems = Problems(schema, json);
        Assert.True(problems.Count == 0, $"{what} does not conform to {schema}:\n{string.Join('\n', problems.Take(20))}");
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var registry = new SchemaRegistry();
        // HSDS 3.0 is written for 2020-12 and its files carry descriptive keywords of their own ("name", "core").
        var build = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012.With([], null, true, null) };
        var schemaFolder = Path.Combine(Folder, "uk-profile-v3", "schema");
        var all = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // Referenced files first (taxonomy.json refers to taxonomy_term.json by a relative $ref).
        foreach (var name in new[] { "taxonomy_term.json", "taxonomy.json" })
        {
            var path = Path.Combine(schemaFolder, name);
            var schema = JsonSchema.FromFile(path, build, new Uri(path));
            registry.Register(new Uri(path), schema);
            all[name] = schema;
        }
        foreach (var path in System.IO.Directory.GetFiles(Path.Combine(schemaFolder, "compiled"), "*.json"))
        {
            all["compiled/" + Path.GetFileName(path)] = JsonSchema.FromFile(path, build, new Uri(path));
        }
        return all;
    }
}
