using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// Identity's user manager, storing recovery codes hashed: Identity keeps them as plain text, so
/// anyone who reads the database (a backup, a leaked copy) could sign in past the second step.
/// Each code is stored as PBKDF2-SHA256 of the code, salted with the account's id (10,000
/// iterations: the code itself is random, about 50 bits, so this makes guessing from a leaked hash
/// impractical while a sign-in still checks one hash). The hash is deterministic, so Identity's
/// own one-use redeeming works on it unchanged. Codes stored in plain before this still redeem,
/// until the person makes new ones.
/// </summary>
public sealed class DirectoryUserManager(
    IUserStore<DirectoryUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<DirectoryUser> passwordHasher,
    IEnumerable<IUserValidator<DirectoryUser>> userValidators,
    IEnumerable<IPasswordValidator<DirectoryUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<DirectoryUser>> logger)
    : UserManager<DirectoryUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IEnumerable<string>?> GenerateNewTwoFactorRecoveryCodesAsync(DirectoryUser user, int number)
    {
        ThrowIfDisposed();
        var codes = Enumerable.Range(0, number).Select(_ => CreateTwoFactorRecoveryCode()).ToList();
        await ((IUserTwoFactorRecoveryCodeStore<DirectoryUser>)Store).ReplaceCodesAsync(user, codes.Select(c => Hash(user, c)), CancellationToken);
        return (await UpdateUserAsync(user)).Succeeded ? codes : null;
    }

    /// <summary>
    /// A new authenticator key starts a new sequence of codes: the last step used with the old key
    /// (<see cref="DirectoryUser.LastAuthenticatorStep"/>) says nothing about it, so it is cleared,
    /// and the first code of the new app works even within the same 30 seconds.
    /// </summary>
    public override Task<IdentityResult> ResetAuthenticatorKeyAsync(DirectoryUser user)
    {
        user.LastAuthenticatorStep = null;
        return base.ResetAuthenticatorKeyAsync(user);
    }

    public override async Task<IdentityResult> RedeemTwoFactorRecoveryCodeAsync(DirectoryUser user, string code)
    {
        var hashed = await base.RedeemTwoFactorRecoveryCodeAsync(user, Hash(user, code));
        return hashed.Succeeded ? hashed : await base.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim());
    }

    /// <summary>What is stored for a recovery code: never the code itself.</summary>
    public static string Hash(DirectoryUser user, string code) =>
        "h1:" + Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant()), Encoding.UTF8.GetBytes($"psd-recovery:{user.Id}"), 10_000, HashAlgorithmName.SHA256, 32));
}
