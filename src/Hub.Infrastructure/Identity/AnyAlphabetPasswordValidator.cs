using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// The variety part of <see cref="Hub.Application.Identity.PasswordPolicy"/>: a letter of any alphabet and a digit or
/// symbol. It stands in for Identity's RequireLowercase/RequireDigit, which count only a–z and 0–9 and so refuse
/// a password written in Cyrillic; length and distinct characters stay with Identity's own validator.
/// </summary>
internal sealed class AnyAlphabetPasswordValidator : IPasswordValidator<HubUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<HubUser> manager, HubUser user, string? password)
    {
        var runes = (password ?? string.Empty).EnumerateRunes().ToList();
        List<IdentityError> errors = [];
        if (!runes.Exists(Rune.IsLetter))
        {
            errors.Add(new IdentityError { Code = "PasswordRequiresLetter", Description = "Passwords must have at least one letter." });
        }

        if (!runes.Exists(r => Rune.IsNumber(r) || Rune.IsPunctuation(r) || Rune.IsSymbol(r)))
        {
            errors.Add(new IdentityError { Code = "PasswordRequiresDigitOrSymbol", Description = "Passwords must have at least one digit or symbol." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
