namespace PeerSupport.Directory.Taxonomy;

/// <summary>A way of having experience in common (gender, faith, format …). Data, not code: moderators extend it.</summary>
public class TaxonomyDimension
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
    public List<TaxonomyTag> Tags { get; set; } = [];
}

public class TaxonomyTag
{
    public int Id { get; set; }
    public int DimensionId { get; set; }
    public TaxonomyDimension? Dimension { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Words people search with that mean this tag ("gay" for LGBT+, "mum" for mothers).</summary>
    public List<string> Synonyms { get; set; } = [];
    public int SortOrder { get; set; }
}

/// <summary>Dimension slugs the code refers to by name.</summary>
public static class Dimensions
{
    public const string Format = "format";
    public const string Activity = "activity";
}
