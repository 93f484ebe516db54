using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// Choosing a password from a one-time link: the emailed reset link, or the link `create-admin`
/// prints. The link's code is Identity's reset token; a used, expired or damaged link is said
/// so at the top of the form, a refused password beside its field. A suspended account's link
/// does not work, even one sent before the suspension.
/// </summary>
public static class PasswordLinks
{
    public static async Task<IdentityResult> ResetAsync(UserManager<DirectoryUser> users, DirectoryUser? account, string code, string password) =>
        account is null or { SuspendedAt: not null } ? IdentityResult.Failed() : await users.ResetPasswordAsync(account, AccountEmails.Decode(code), password);

    /// <param name="askForAnother">Where a new link comes from, said after "This link has expired or has already been used."</param>
    public static void ShowRefusal(ModelStateDictionary modelState, IdentityResult result, string passwordField, string askForAnother)
    {
        if (!result.Errors.Any() || result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            modelState.AddModelError(string.Empty, $"This link has expired or has already been used. {askForAnother}");
            return;
        }
        PasswordRule.ShowRefusal(modelState, passwordField, result.Errors);
    }
}
