using Hub.Application.Identity;
using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// The "not guessable" part of <see cref="PasswordPolicy"/>: no password from <see cref="CommonPasswords"/> (what
/// attackers try first), and none equal to or containing the name part of the account's own e-mail address. It sits
/// beside <see cref="AnyAlphabetPasswordValidator"/>, which asks for variety; both count letters of any script.
/// </summary>
internal sealed class GuessablePasswordValidator : IPasswordValidator<HubUser>
{
    public const string CommonCode = "PasswordIsCommon";

    public const string ContainsEmailCode = "PasswordContainsEmail";

    public Task<IdentityResult> ValidateAsync(UserManager<HubUser> manager, HubUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        List<IdentityError> errors = [];
        if (CommonPasswords.Contains(password))
        {
            errors.Add(new IdentityError { Code = CommonCode, Description = "This password is one of the commonly used ones that attackers try first." });
        }

        if (ContainsEmailName(CommonPasswords.Normalize(password), user.Email))
        {
            errors.Add(new IdentityError { Code = ContainsEmailCode, Description = "Passwords must not contain the name part of the e-mail address." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>Equal to the part before the @ (any length), or containing it when it is long enough to mean something.</summary>
    private static bool ContainsEmailName(string password, string? email)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0)
        {
            return false;
        }

        var name = CommonPasswords.Normalize(email![..at].Trim());
        return password.Equals(name, StringComparison.OrdinalIgnoreCase)
            || (name.Length >= PasswordPolicy.MinimumEmailNameLength && password.Contains(name, StringComparison.OrdinalIgnoreCase));
    }
}
