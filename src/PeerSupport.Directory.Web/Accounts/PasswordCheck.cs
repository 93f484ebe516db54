using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>What a page that asks for the account's own password learns.</summary>
public enum PasswordAnswer
{
    Right,
    Wrong,

    /// <summary>Too many wrong passwords: refused for the lockout's 15 minutes, even the right one.</summary>
    LockedOut,
}

/// <summary>
/// "Type your password to go on", said once for every page that asks (confirming an address,
/// changing it, deleting the account, turning off two-step sign-in): a wrong password counts
/// towards the same lockout as signing in (5 wrong, 15 minutes), so these pages cannot be used
/// to guess a password more slowly than the sign-in page allows; a right one resets the count.
/// Sign-in itself goes through SignInManager, which keeps the same count.
/// </summary>
public static class PasswordCheck
{
    public const string WrongMessage = "That password is not right";

    public const string LockedOutMessage = "Too many wrong passwords. Try again in 15 minutes.";

    public static async Task<PasswordAnswer> CheckAsync(UserManager<DirectoryUser> users, DirectoryUser user, string? password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return PasswordAnswer.LockedOut;
        }
        if (await users.CheckPasswordAsync(user, password ?? ""))
        {
            await users.ResetAccessFailedCountAsync(user);
            return PasswordAnswer.Right;
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? PasswordAnswer.LockedOut : PasswordAnswer.Wrong;
    }

    /// <summary>The message beside the password field, or null when the password was right.</summary>
    public static string? Refusal(PasswordAnswer answer) => answer switch
    {
        PasswordAnswer.Right => null,
        PasswordAnswer.LockedOut => LockedOutMessage,
        _ => WrongMessage,
    };
}
