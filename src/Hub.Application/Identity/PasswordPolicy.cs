namespace Hub.Application.Identity;

/// <summary>
/// What a new password needs, for the people who choose one: letters of any alphabet count (a Mongolian password
/// in Cyrillic is as good as one in Latin letters), but a commonly used password (<c>qwerty123</c>, <c>mongolia1</c>,
/// <c>Монгол123</c>) or one built from the account's own e-mail address is refused. Identity enforces it when an account
/// is created.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;

    /// <summary>How long the one-time link that sets a new account's password stays valid.</summary>
    public static readonly TimeSpan SetPasswordLinkLifetime = TimeSpan.FromHours(72);

    public const int RequiredUniqueChars = 4;

    /// <summary>The name part of the e-mail (before the @) may not appear in the password once it is this long; it may never be the whole password.</summary>
    public const int MinimumEmailNameLength = 3;

    public const string Description =
        "At least 8 characters, with at least one letter (any alphabet, Cyrillic included), at least one digit or symbol, "
        + "and at least 4 different characters; not one of the commonly used passwords (such as qwerty123 or mongolia1), "
        + "and not containing the name part of the e-mail address.";
}
