using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>
/// A search as it travels in the URL: the whole state is here, so a search can be shared or
/// bookmarked, and nothing about it is kept on the server or in a cookie.
/// </summary>
public sealed class SearchInput
{
    public static readonly int[] MileChoices = [1, 3, 5, 10, 25, 50];

    public string? Where { get; set; }
    public string? Q { get; set; }
    public int Miles { get; set; } = 10;

    /// <summary>What the person would like to have in common (preferences).</summary>
    public List<string> Tag { get; set; } = [];

    /// <summary>How they would like to meet (preferences).</summary>
    public List<string> Format { get; set; } = [];

    /// <summary>Preferences marked as a must.</summary>
    public List<string> Must { get; set; } = [];

    public List<string> Activity { get; set; } = [];
    public List<DayOfWeek> Day { get; set; } = [];
    public List<TimeOfDay> Time { get; set; } = [];
    public List<JoinBy> Join { get; set; } = [];
    public List<Cost> Cost { get; set; } = [];
    public List<RunBy> Run { get; set; } = [];
    public List<Accessibility> Access { get; set; } = [];

    /// <summary>"Only groups that meet near me": leaves out online and phone support.</summary>
    public bool Local { get; set; }

    public SortOrder Sort { get; set; }
    /// <summary>"page" is also Razor Pages' own route value, so it is read from the query string by name.</summary>
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    /// <summary>"Show map" (map=1): only then does the page load the map and its tiles.</summary>
    [ModelBinder(typeof(FlagBinder))]
    public bool Map { get; set; }

    public int SafeMiles => MileChoices.Contains(Miles) ? Miles : 10;

    public int FilterCount =>
        Must.Count + Activity.Count + Day.Count + Time.Count + Join.Count + Cost.Count + Run.Count + Access.Count + (Local ? 1 : 0);

    public SearchRequest ToRequest(GeoPoint? near, DateTime utcNow) => new()
    {
        Text = Q,
        Near = near,
        RadiusKm = SafeMiles * 1.609344,
        Tags = Tag,
        Formats = Format,
        Must = Must.Where(m => Tag.Contains(m) || Format.Contains(m)).ToList(),
        Activities = Activity,
        Days = Day,
        Times = Time,
        Join = Join,
        Cost = Cost,
        RunBy = Run,
        Access = Access.Aggregate(Accessibility.None, (all, a) => all | a),
        IncludeOnlineAndPhone = !Local,
        Sort = Sort,
        Page = Math.Max(1, Page),
        UtcNow = utcNow,
    };

    /// <summary>A copy with some change made, for links such as "next page" or "include online support".</summary>
    public SearchInput With(Action<SearchInput> change)
    {
        var copy = (SearchInput)MemberwiseClone();
        copy.Tag = [.. Tag];
        copy.Format = [.. Format];
        copy.Must = [.. Must];
        copy.Activity = [.. Activity];
        copy.Day = [.. Day];
        copy.Time = [.. Time];
        copy.Join = [.. Join];
        copy.Cost = [.. Cost];
        copy.Run = [.. Run];
        copy.Access = [.. Access];
        copy.Page = 1;
        change(copy);
        return copy;
    }

    /// <summary>This search as a query string; defaults are left out so links stay short.</summary>
    public QueryString ToQuery()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, object? value)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(text))
            {
                pairs.Add(new(key, text));
            }
        }
        void AddAll<T>(string key, IEnumerable<T> values)
        {
            foreach (var value in values)
            {
                Add(key, value);
            }
        }
        Add("where", Where);
        Add("q", Q);
        Add("miles", SafeMiles == 10 ? null : SafeMiles);
        AddAll("tag", Tag);
        AddAll("format", Format);
        AddAll("must", Must);
        AddAll("activity", Activity);
        AddAll("day", Day);
        AddAll("time", Time);
        AddAll("join", Join);
        AddAll("cost", Cost);
        AddAll("run", Run);
        AddAll("access", Access);
        Add("local", Local ? "true" : null);
        Add("sort", Sort == SortOrder.BestMatch ? null : Sort);
        Add("page", Page > 1 ? Page : null);
        Add("map", Map ? "1" : null);
        return QueryString.Create(pairs);
    }

    public string Url => $"/find{ToQuery()}";
}

/// <summary>Binds "1", "true" or "on" as true and anything else as false, without a model error (for map=1).</summary>
public sealed class FlagBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue?.Trim();
        var on = value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase));
        bindingContext.Result = ModelBindingResult.Success(on);
        return Task.CompletedTask;
    }
}
