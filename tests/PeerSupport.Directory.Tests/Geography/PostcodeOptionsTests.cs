using System.ComponentModel.DataAnnotations;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

public class PostcodeOptionsTests
{
    private static List<ValidationResult> Problems(PostcodeOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Postcode_lookups_are_off_by_default()
    {
        var options = new PostcodeOptions();
        Assert.Equal(PostcodeProvider.None, options.Provider);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void A_remote_service_must_be_reached_over_https()
    {
        var problem = Assert.Single(Problems(new PostcodeOptions { Provider = PostcodeProvider.PostcodesIo, PostcodesIoBaseUrl = "http://postcodes.example.org" }));
        Assert.Contains("https", problem.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.postcodes.io")]
    [InlineData("http://127.0.0.1:5999")]
    public void Https_or_this_machine_is_accepted_for_the_service(string url) =>
        Assert.Empty(Problems(new PostcodeOptions { Provider = PostcodeProvider.PostcodesIo, PostcodesIoBaseUrl = url }));

    [Fact]
    public void A_timeout_must_be_between_a_tenth_of_a_second_and_half_a_minute() =>
        Assert.Single(Problems(new PostcodeOptions { TimeoutSeconds = 0 }));

    [Fact]
    public void The_base_address_keeps_a_path_for_relative_requests() =>
        Assert.Equal("https://example.org/pc/postcodes/LS14AP",
            new Uri(new PostcodeOptions { PostcodesIoBaseUrl = "https://example.org/pc" }.BaseAddress, "postcodes/LS14AP").ToString());
}
