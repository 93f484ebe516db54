using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// The password rule, said once (OWASP ASVS 5, NIST SP 800-63B): at least 12 characters, no
/// composition rules, not one of the passwords attackers try first. Identity's options are set
/// from it (<see cref="AccountsSetup"/>), so UserManager holds every create, reset and change to
/// it; the forms check the length first with <see cref="NewPasswordAttribute"/>, show
/// <see cref="Hint"/> under the field, and put Identity's refusals beside it with <see cref="ShowRefusal"/>.
/// </summary>
public static class PasswordRule
{
    public const int MinimumLength = 12;

    /// <summary>Long enough for any passphrase, short enough that hashing it costs nothing extra.</summary>
    public const int MaximumLength = 200;

    public static readonly string Hint = $"At least {MinimumLength} characters. A few unrelated words make a strong password; very common passwords are refused.";

    public static readonly string TooShort = $"Use at least {MinimumLength} characters. A few words together are easy to remember.";

    public const string TooCommon = "That password is one of the most common, so it is easy to guess. Try a few unrelated words together.";

    public const string NotTheSame = "The two passwords are not the same";

    /// <summary>Identity's options: the length, and none of its composition rules (the common-password check stands in for them).</summary>
    public static void Apply(PasswordOptions options)
    {
        options.RequiredLength = MinimumLength;
        options.RequireDigit = false;
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
        options.RequiredUniqueChars = 1;
    }

    /// <summary>What Identity's password validators (length, common passwords) say about <paramref name="password"/>, without saving anything.</summary>
    public static async Task<IReadOnlyList<IdentityError>> CheckAsync(UserManager<DirectoryUser> users, DirectoryUser user, string password)
    {
        var problems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }
        return problems;
    }

    /// <summary>Identity's reasons for refusing a password, as one message beside the field that holds it.</summary>
    public static void ShowRefusal(ModelStateDictionary modelState, string field, IEnumerable<IdentityError> errors) =>
        modelState.AddModelError(field, string.Join(" ", errors.Select(e => e.Description)));
}
