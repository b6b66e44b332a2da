namespace Hub.Application.Identity;

/// <summary>
/// What a new password needs, for the people who choose one: letters of any alphabet count (a Mongolian password
/// in Cyrillic is as good as one in Latin letters). Identity enforces it when an account is created.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;

    public const int RequiredUniqueChars = 4;

    public const string Description =
        "At least 8 characters, with at least one letter (any alphabet, Cyrillic included), at least one digit or symbol, "
        + "and at least 4 different characters.";
}
