using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// Identity's sign-in, so that a failure tells nothing about the account behind the address:
/// <list type="bullet">
/// <item>every failing attempt costs one password hash, whether the address is unknown, waiting
/// for confirmation, suspended, locked or just wrong (Identity answers those without hashing, so
/// faster), and the sign-in page shows one message for all of them;</item>
/// <item>a suspended account (<see cref="DirectoryUser.SuspendedAt"/>) cannot sign in;</item>
/// <item>the moment wrong passwords lock an account, its owner is emailed why, and how to end it,
/// since the page no longer says so to whoever typed the address.</item>
/// </list>
/// </summary>
public sealed class DirectorySignInManager(
    UserManager<DirectoryUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<DirectoryUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<DirectoryUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DirectoryUser> confirmation,
    DirectoryDbContext db,
    SiteLinks links,
    TimeProvider clock,
    SecurityLog log)
    : SignInManager<DirectoryUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? decoy;

    public override async Task<bool> CanSignInAsync(DirectoryUser user) =>
        user.SuspendedAt is null && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is not { } user)
        {
            HashForNothing(password);
            await log.RecordAsync(SecurityEvents.SignInFailed, null, "no account has the address typed");
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(DirectoryUser user, string password, bool lockoutOnFailure)
    {
        var wasLocked = await UserManager.IsLockedOutAsync(user);
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        await log.RecordAsync(
            result.Succeeded ? SecurityEvents.SignedIn : !wasLocked && result.IsLockedOut ? SecurityEvents.LockedOut : SecurityEvents.SignInFailed,
            user.Id,
            result.Succeeded ? (await UserManager.GetTwoFactorEnabledAsync(user) ? "password; second step next" : "password")
                : result.IsNotAllowed ? "not allowed (unconfirmed or suspended)" : result.IsLockedOut ? "locked" : "wrong password");
        if (!wasLocked && result.IsLockedOut && user.EmailConfirmed && user.Email is { } email)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await Outbox.AddAsync(db, new Email(email, "Signing in to your account is paused for 15 minutes")
                .Paragraph("Someone typed a wrong password for your PeerSupport.Directory account 5 times, so signing in is paused for 15 minutes. The sign-in page does not say this to whoever is typing, so it cannot be used to find out who has an account.")
                .Paragraph("If it was you, wait 15 minutes, or choose a new password now: that ends the pause. If it was not you, your password kept them out; choosing a new one is still a good idea.")
                .Link("Choose a new password", links.Absolute("/account/forgot-password")),
                $"account-locked:{user.Id}:{(await UserManager.GetLockoutEndDateAsync(user))?.UtcTicks}", now);
            await db.SaveChangesAsync();
        }
        return result;
    }

    /// <summary>
    /// Identity does not count wrong recovery codes ("codes are expected to be random"): here
    /// they count towards the same lockout as wrong passwords and authenticator codes.
    /// </summary>
    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is not null && await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is null)
        {
            return result;
        }
        if (!result.Succeeded)
        {
            await UserManager.AccessFailedAsync(user);
            result = await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
        }
        await log.RecordAsync(result.Succeeded ? SecurityEvents.SignedIn : result.IsLockedOut ? SecurityEvents.LockedOut : SecurityEvents.SignInFailed, user.Id,
            result.Succeeded ? "recovery code" : "wrong recovery code");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var wasLocked = user is not null && await UserManager.IsLockedOutAsync(user);
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null)
        {
            await log.RecordAsync(result.Succeeded ? SecurityEvents.SignedIn : !wasLocked && result.IsLockedOut ? SecurityEvents.LockedOut : SecurityEvents.SignInFailed, user.Id,
                result.Succeeded ? "authenticator code" : "wrong authenticator code");
        }
        return result;
    }

    /// <summary>Identity refuses before hashing when the account may not sign in or is locked: hash anyway, so the answer takes as long.</summary>
    protected override async Task<SignInResult?> PreSignInCheck(DirectoryUser user)
    {
        var refusal = await base.PreSignInCheck(user);
        if (refusal is not null)
        {
            HashForNothing("");
        }
        return refusal;
    }

    /// <summary>One verification against a hash of nothing in particular, made once with the site's own hasher settings.</summary>
    private void HashForNothing(string password)
    {
        var hasher = UserManager.PasswordHasher;
        var stand = new DirectoryUser();
        decoy ??= hasher.HashPassword(stand, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(stand, decoy, password);
    }
}
