namespace Hub.Api.Identity;

/// <summary>The password rule as the OpenAPI document states it on the password of register and create-user.</summary>
internal static class PasswordRule
{
    // TODO(merge): use Hub.Application.Identity.PasswordPolicy.Description
    public const string Description =
        "At least 8 characters, with at least one letter (any alphabet, Cyrillic included) and at least one digit or symbol.";
}
