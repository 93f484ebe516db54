using System.Text.Json.Nodes;

namespace PeerSupport.Directory.Tests.OpenData;

/// <summary>Small builders for Open Referral UK 3.0 JSON as another publisher would write it.</summary>
public static class OrukSample
{
    /// <summary>An active weekly group meeting in person at a hall in Leeds, with the service's own email.</summary>
    public static JsonObject Service(string name, string? id = null) => new()
    {
        ["id"] = id ?? Guid.NewGuid().ToString(),
        ["name"] = name,
        ["description"] = $"{name}: a peer support group.",
        ["status"] = "active",
        ["email"] = "hello@example.org",
        ["schedules"] = new JsonArray(Weekly("TU", "18:00:00", "20:00:00")),
        ["service_at_locations"] = new JsonArray(AtLocation(Physical("Community Hall", Build.Leeds))),
        ["contacts"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Ann Persona", ["title"] = "Coordinator" }),
    };

    public static JsonObject Weekly(string byday, string opens, string? closes = null) => Schedule("WEEKLY", byday, opens, closes);

    public static JsonObject Schedule(string? freq, string? byday, string? opens, string? closes = null)
    {
        var schedule = new JsonObject { ["id"] = Guid.NewGuid().ToString() };
        if (freq is not null)
        {
            schedule["freq"] = freq;
            schedule["interval"] = 1;
        }
        if (byday is not null)
        {
            schedule["byday"] = byday;
        }
        if (opens is not null)
        {
            schedule["opens_at"] = opens;
        }
        if (closes is not null)
        {
            schedule["closes_at"] = closes;
        }
        return schedule;
    }

    public static JsonObject AtLocation(JsonObject location) => new() { ["id"] = Guid.NewGuid().ToString(), ["location"] = location };

    public static JsonObject Physical(string name, (double Lat, double Lon) at) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["location_type"] = "physical",
        ["name"] = name,
        ["latitude"] = at.Lat,
        ["longitude"] = at.Lon,
        ["addresses"] = new JsonArray(new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["address_1"] = "1 Main Street",
            ["city"] = "Leeds",
            ["state_province"] = "West Yorkshire",
            ["postal_code"] = "LS1 1AA",
            ["country"] = "GB",
            ["address_type"] = "physical",
        }),
    };

    public static JsonObject Page(int number, int totalPages, JsonObject[] services) => new()
    {
        ["total_items"] = totalPages * services.Length,
        ["total_pages"] = totalPages,
        ["page_number"] = number,
        ["size"] = services.Length,
        ["first_page"] = number == 1,
        ["last_page"] = number == totalPages,
        ["empty"] = services.Length == 0,
        ["contents"] = new JsonArray([.. services.Select(s => s.DeepClone())]),
    };

    /// <summary>A list item as a feed may give it: the service without its schedules, locations and areas.</summary>
    public static JsonObject ListItem(JsonObject service)
    {
        var item = service.DeepClone().AsObject();
        item.Remove("schedules");
        item.Remove("service_at_locations");
        item.Remove("service_areas");
        return item;
    }
}
