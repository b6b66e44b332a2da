using FluentValidation;
using Hub.Domain.Common;

namespace Hub.Application.Common.Validation;

internal static class PhoneNumberRule
{
    /// <summary>A number <see cref="PhoneNumber.Create"/> accepts (a local Mongolian one is taken as +976).</summary>
    public static IRuleBuilderOptions<T, string> ValidPhoneNumber<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsPhoneNumber)
            .WithMessage((_, phone) => $"'{EchoedValue.Of(phone)}' is not a phone number: use +976 and 8 digits, or another country code and 6 to 14 digits.");

    private static bool IsPhoneNumber(string? phone)
    {
        try
        {
            PhoneNumber.Create(phone);
            return true;
        }
        catch (InvalidValueException)
        {
            return false;
        }
    }
}
