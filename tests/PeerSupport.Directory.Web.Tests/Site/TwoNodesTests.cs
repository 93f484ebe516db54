using System.Diagnostics;
using System.Net;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Two real site processes over one database, with one person's requests spread over both:
/// whatever one node made (a cookie, a form's token, an edit), the other honours.
/// </summary>
public sealed class TwoNodesTests(TwoSiteProcesses nodes) : IClassFixture<TwoSiteProcesses>
{
    [Fact]
    public async Task A_person_signs_in_through_a_form_from_one_node_posted_to_the_other_and_carries_on_on_both()
    {
        await nodes.CreateLeadAsync("two.nodes@example.com");
        using var browser = TwoSiteProcesses.Browser();

        var form = await browser.GetStringAsync(new Uri(nodes.A, "/account/login"));
        var signedIn = await browser.PostFromPageAsync(new Uri(nodes.B, "/account/login").ToString(), form,
            new Dictionary<string, string> { ["Input.Email"] = "two.nodes@example.com", ["Input.Password"] = SignIn.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("/account/login", signedIn.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);

        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var lead = await browser.GetAsync(new Uri(node, "/lead"));
            Assert.True(lead.StatusCode == HttpStatusCode.OK, $"{node} answered /lead with {(int)lead.StatusCode} {lead.Headers.Location}");
        }
    }

    [Fact]
    public async Task A_listing_saved_through_another_user_of_the_database_is_found_on_both_nodes_without_a_restart()
    {
        var name = $"Twonode Circle {Guid.NewGuid():N}"[..22];
        using var visitor = TwoSiteProcesses.Browser();
        Assert.Equal(1, (await nodes.Services.ImportListingsAsync(TestListings.Group(name))).Created);
        var saved = Stopwatch.StartNew();

        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var found = false;
            // How soon is a benchmark's question (the feed is polled every second); this test asks
            // only that it comes, allowing for a busy CI machine.
            while (!found && saved.Elapsed < TimeSpan.FromSeconds(30))
            {
                found = await visitor.FindsGroupAsync(name, node);
                if (!found)
                {
                    await Task.Delay(50);
                }
            }
            Assert.True(found, $"{node} did not find the new listing within 30 s.");
        }
    }
}
