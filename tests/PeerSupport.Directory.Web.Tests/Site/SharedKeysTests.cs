using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Two nodes with their own data folders over one database share one key ring: what one signs, the other accepts.</summary>
public sealed class SharedKeysTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private DirectoryAppFactory First => nodes.First;
    private SecondNodeApp Second => nodes.Second;

    [Fact]
    public async Task A_person_signed_in_on_one_node_is_signed_in_on_the_other()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await First.CreateUserAsync(email);
        var cookies = new CookieContainer();
        Assert.Equal(HttpStatusCode.Redirect, (await First.CreateBrowserLikeClient(cookies).SignInAsync(email)).StatusCode);

        Assert.True(await Second.CreateBrowserLikeClient(cookies).IsSignedInAsync());
    }

    [Fact]
    public async Task A_form_rendered_by_one_node_is_accepted_when_posted_to_the_other()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        await First.CreateUserAsync(email);
        var cookies = new CookieContainer();
        var form = await First.CreateBrowserLikeClient(cookies).GetStringAsync("/account/login");

        var response = await Second.CreateBrowserLikeClient(cookies).PostFromPageAsync("/account/login", form,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = SignIn.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_one_click_link_minted_on_one_node_is_accepted_by_the_other()
    {
        var listing = await First.AddListingAsync(Group(Unique("Shared Key Group")));
        var expires = DateTime.UtcNow.AddDays(30);
        var token = First.Services.GetRequiredService<OneClickLinks>().Create(listing.Id, OneClickAction.Confirm, expires, "lead-1");

        var (check, read) = Second.Services.GetRequiredService<OneClickLinks>().Read(token, listing.Id);

        Assert.Equal(OneClickCheck.Valid, check);
        Assert.Equal(("lead-1", OneClickAction.Confirm), (read!.LeadUserId, read.Action));
        Assert.InRange(token.Length, 1, 300);
    }

    [Fact]
    public async Task A_tampered_one_click_link_is_refused()
    {
        var listing = await First.AddListingAsync(Group(Unique("Tampered Link Group")));
        var token = First.Services.GetRequiredService<OneClickLinks>().Create(listing.Id, OneClickAction.Confirm, DateTime.UtcNow.AddDays(30), "lead-1");
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Equal(OneClickCheck.Tampered, Second.Services.GetRequiredService<OneClickLinks>().Read(tampered, listing.Id).Check);
    }
}
