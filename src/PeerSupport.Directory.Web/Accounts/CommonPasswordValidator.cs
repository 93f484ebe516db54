using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// Refuses passwords that attackers try first (ASVS 5: check against common and breached
/// passwords). The list is committed (see common-passwords.ATTRIBUTION.md) and checked in memory:
/// no password ever leaves the server.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<DirectoryUser>
{
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<DirectoryUser> manager, DirectoryUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? "")
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = PasswordRule.TooCommon,
            })
            : IdentityResult.Success);

    /// <summary>
    /// True for a listed password, one listed word repeated ("qwertyqwerty"), or a listed word
    /// followed only by digits and symbols ("dragon12345678", "password2026!").
    /// </summary>
    public static bool IsCommon(string password)
    {
        var candidate = password.Trim().ToLowerInvariant();
        var list = List.Value;
        if (list.Contains(candidate) || list.Contains(candidate.Replace(" ", "", StringComparison.Ordinal)))
        {
            return true;
        }
        var stem = candidate.TrimEnd("0123456789!?.,-_*#@$%&+= ".ToCharArray());
        if (stem.Length > 0 && stem.Length < candidate.Length && list.Contains(stem))
        {
            return true;
        }
        for (var length = 1; length <= candidate.Length / 2; length++)
        {
            if (candidate.Length % length == 0 && list.Contains(candidate[..length]) && candidate == string.Concat(Enumerable.Repeat(candidate[..length], candidate.Length / length)))
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("PeerSupport.Directory.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
