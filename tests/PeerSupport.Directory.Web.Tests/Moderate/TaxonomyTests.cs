using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Tests.Moderate;

/// <summary>Moderators manage the taxonomy: new tags, synonyms, renames and merges, each searchable at once.</summary>
public sealed class TaxonomyTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>, IAsyncLifetime
{
    private HttpClient moderator = null!;

    public async Task InitializeAsync() => moderator = await app.SignedInAsync($"taxonomy.{Guid.NewGuid():N}@example.com", Roles.Moderator);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_tag_gets_a_slug_from_its_name_and_a_second_with_the_same_name_is_refused()
    {
        var dimensionId = await DimensionOfAsync("hearing-voices");
        var fields = new Dictionary<string, string>
        {
            ["Input.DimensionId"] = dimensionId.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "Night-shift workers",
            ["Input.Synonyms"] = "night workers\nshift work",
        };

        var added = await moderator.PostFormAsync("/moderate/taxonomy?handler=Add", fields);
        var again = await moderator.PostFormAsync("/moderate/taxonomy?handler=Add", fields);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var tag = await app.DbAsync(db => db.TaxonomyTags.SingleAsync(t => t.Slug == "night-shift-workers"));
        Assert.Equal(["night workers", "shift work"], tag.Synonyms);
        Assert.Equal(dimensionId, tag.DimensionId);
        var html = await again.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("There is already a tag called “Night-shift workers”", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("value=\"Night-shift workers\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_synonym_finds_listings_with_the_tag_as_soon_as_it_is_saved()
    {
        var listingId = await app.PublishedListingAsync("Synonym Test Voices Group");
        var tagId = await TagIdAsync("hearing-voices");
        Assert.DoesNotContain(app.Search("zorblatt").Hits, h => h.Card.Id == listingId);

        var page = await moderator.GetStringAsync($"/moderate/taxonomy/tags/{tagId}");
        var current = await app.DbAsync(db => db.TaxonomyTags.Where(t => t.Id == tagId).Select(t => new { t.Name, t.Synonyms }).SingleAsync());
        var response = await moderator.PostFromPageAsync($"/moderate/taxonomy/tags/{tagId}?handler=Save", page, new Dictionary<string, string>
        {
            ["Input.Name"] = current.Name,
            ["Input.Synonyms"] = string.Join('\n', current.Synonyms.Append("zorblatt")),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(app.Search("zorblatt").Hits, h => h.Card.Id == listingId);
    }

    [Fact]
    public async Task Renaming_a_tag_keeps_its_slug_and_search_and_cards_use_the_new_name()
    {
        var listingId = await app.PublishedListingAsync("Rename Test Group");
        var tagId = await app.DbAsync(async db =>
        {
            var dimension = await db.TaxonomyDimensions.FirstAsync(d => d.Slug != Dimensions.Format && d.Slug != Dimensions.Activity);
            var tag = new TaxonomyTag { DimensionId = dimension.Id, Slug = "old-tag-name", Name = "Old tag name" };
            db.TaxonomyTags.Add(tag);
            (await db.Listings.Include(l => l.Tags).SingleAsync(l => l.Id == listingId)).Tags.Add(tag);
            await db.SaveChangesAsync();
            return tag.Id;
        });

        var response = await moderator.PostFormAsync($"/moderate/taxonomy/tags/{tagId}?handler=Save", new Dictionary<string, string>
        {
            ["Input.Name"] = "Quintessential renamed tag",
            ["Input.Description"] = "Renamed in a test.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tag = await app.DbAsync(db => db.TaxonomyTags.SingleAsync(t => t.Id == tagId));
        Assert.Equal(("old-tag-name", "Quintessential renamed tag"), (tag.Slug, tag.Name));
        var hit = Assert.Single(app.Search("Quintessential").Hits, h => h.Card.Id == listingId);
        Assert.Contains("Quintessential renamed tag", hit.Card.TagNames);
    }

    [Fact]
    public async Task Merging_moves_listings_without_duplicates_keeps_the_old_words_as_synonyms_and_deletes_the_tag()
    {
        var onlySource = await app.PublishedListingAsync("Merge Source Only Group");
        var both = await app.PublishedListingAsync("Merge Both Tags Group");
        var (sourceId, targetId) = await app.DbAsync(async db =>
        {
            var dimension = await db.TaxonomyDimensions.FirstAsync(d => d.Slug != Dimensions.Format && d.Slug != Dimensions.Activity);
            var source = new TaxonomyTag { DimensionId = dimension.Id, Slug = "merge-source", Name = "Merge source", Synonyms = ["flibbertigibbet"] };
            var target = new TaxonomyTag { DimensionId = dimension.Id, Slug = "merge-target", Name = "Merge target" };
            db.TaxonomyTags.AddRange(source, target);
            (await db.Listings.Include(l => l.Tags).SingleAsync(l => l.Id == onlySource)).Tags.Add(source);
            (await db.Listings.Include(l => l.Tags).SingleAsync(l => l.Id == both)).Tags.AddRange([source, target]);
            await db.SaveChangesAsync();
            return (source.Id, target.Id);
        });

        var response = await moderator.PostFormAsync($"/moderate/taxonomy/tags/{sourceId}?handler=Merge", new Dictionary<string, string>
        {
            ["intoTagId"] = targetId.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.DbAsync(db => db.TaxonomyTags.AnyAsync(t => t.Id == sourceId)));
        var target = await app.DbAsync(db => db.TaxonomyTags.SingleAsync(t => t.Id == targetId));
        Assert.Equal(["Merge source", "flibbertigibbet"], target.Synonyms);
        var tagged = await app.DbAsync(db => db.Listings.Where(l => l.Id == onlySource || l.Id == both)
            .Select(l => l.Tags.Count(t => t.Id == targetId)).ToListAsync());
        Assert.Equal([1, 1], tagged);
        var found = app.Search("flibbertigibbet").Hits.Select(h => h.Card.Id).ToList();
        Assert.Contains(onlySource, found);
        Assert.Contains(both, found);
    }

    [Fact]
    public async Task A_tag_cannot_be_merged_into_a_format_tag()
    {
        var tagId = await TagIdAsync("hearing-voices");
        var formatId = await app.DbAsync(db => db.TaxonomyTags.Where(t => t.Dimension!.Slug == Dimensions.Format).Select(t => t.Id).FirstAsync());

        var page = await moderator.GetStringAsync($"/moderate/taxonomy/tags/{tagId}");
        var response = await moderator.PostFormAsync($"/moderate/taxonomy/tags/{tagId}?handler=Merge", new Dictionary<string, string> { ["intoTagId"] = formatId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.DoesNotContain($"value=\"{formatId}\"", page, StringComparison.Ordinal);
        Assert.Contains("Choose the tag to merge this one into", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.TaxonomyTags.AnyAsync(t => t.Id == tagId)));
    }

    [Fact]
    public async Task A_tag_cannot_be_merged_into_a_tag_of_another_dimension()
    {
        var listingId = await app.PublishedListingAsync("Cross Dimension Merge Group");
        var (sourceId, otherId) = await app.DbAsync(async db =>
        {
            var dimensions = await db.TaxonomyDimensions.Where(d => d.Slug != Dimensions.Format && d.Slug != Dimensions.Activity).OrderBy(d => d.Id).Take(2).ToListAsync();
            var source = new TaxonomyTag { DimensionId = dimensions[0].Id, Slug = "cross-merge-source", Name = "Cross merge source" };
            var other = new TaxonomyTag { DimensionId = dimensions[1].Id, Slug = "cross-merge-other", Name = "Cross merge other" };
            db.TaxonomyTags.AddRange(source, other);
            (await db.Listings.Include(l => l.Tags).SingleAsync(l => l.Id == listingId)).Tags.Add(source);
            await db.SaveChangesAsync();
            return (source.Id, other.Id);
        });

        var page = await moderator.GetStringAsync($"/moderate/taxonomy/tags/{sourceId}");
        var response = await moderator.PostFormAsync($"/moderate/taxonomy/tags/{sourceId}?handler=Merge", new Dictionary<string, string> { ["intoTagId"] = otherId.ToString(CultureInfo.InvariantCulture) });

        Assert.DoesNotContain($"value=\"{otherId}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A tag can only be merged into another tag of the same dimension:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.TaxonomyTags.AnyAsync(t => t.Id == sourceId)));
        Assert.True(await app.DbAsync(db => db.Listings.AnyAsync(l => l.Id == listingId && l.Tags.Any(t => t.Id == sourceId) && !l.Tags.Any(t => t.Id == otherId))));
    }

    [Fact]
    public async Task A_merge_without_a_target_is_refused_with_a_message()
    {
        var tagId = await TagIdAsync("hearing-voices");

        var response = await moderator.PostFormAsync($"/moderate/taxonomy/tags/{tagId}?handler=Merge", new Dictionary<string, string> { ["intoTagId"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the tag to merge this one into", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.TaxonomyTags.AnyAsync(t => t.Id == tagId)));
    }

    [Fact]
    public async Task A_seed_tag_merged_away_is_not_added_back_at_the_next_start()
    {
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DirectoryDbContext>();
            var dimension = await db.TaxonomyDimensions.FirstAsync();
            db.TaxonomyTags.Add(new TaxonomyTag { DimensionId = dimension.Id, Slug = "kept-tag", Name = "Kept tag", Synonyms = ["Merged seed tag"] });
            await db.SaveChangesAsync();
            var json = $$"""{"dimensions":[{"slug":"{{dimension.Slug}}","name":"{{dimension.Name}}","tags":[{"slug":"merged-seed-tag","name":"Merged seed tag"}]}]}""";
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            Assert.Equal(0, await new TaxonomyImporter(db).ImportMissingAsync(stream));
        });

        Assert.False(await app.DbAsync(db => db.TaxonomyTags.AnyAsync(t => t.Slug == "merged-seed-tag")));
    }

    private Task<int> TagIdAsync(string slug) => app.DbAsync(db => db.TaxonomyTags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());

    private Task<int> DimensionOfAsync(string slug) => app.DbAsync(db => db.TaxonomyTags.Where(t => t.Slug == slug).Select(t => t.DimensionId).SingleAsync());
}
