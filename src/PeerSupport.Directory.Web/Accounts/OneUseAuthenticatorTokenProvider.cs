using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// Authenticator-app codes, as Identity's own provider checks them (the code of this 30-second
/// step, or of up to two steps either side, for a phone's clock that is a little out), except that
/// each code works once: the step of the last code accepted is kept on the account
/// (<see cref="DirectoryUser.LastAuthenticatorStep"/>) and a code of that step or an earlier one is
/// refused. So a code read over someone's shoulder, or caught on its way, is no use once it has
/// been typed.
/// </summary>
public sealed class OneUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<DirectoryUser>
{
    private const int StepsEitherSide = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<DirectoryUser> manager, DirectoryUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the site never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<DirectoryUser> manager, DirectoryUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<DirectoryUser> manager, DirectoryUser user)
    {
        if (token.Length != 6 || !token.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } stored)
        {
            return false;
        }
        var key = Totp.KeyFromBase32(stored);
        var now = Totp.StepAt(clock.GetUtcNow());
        for (var step = now - StepsEitherSide; step <= now + StepsEitherSide; step++)
        {
            if (step > (user.LastAuthenticatorStep ?? long.MinValue)
                && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Totp.Code(key, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                user.LastAuthenticatorStep = step;
                return (await manager.UpdateAsync(user)).Succeeded;
            }
        }
        return false;
    }
}
