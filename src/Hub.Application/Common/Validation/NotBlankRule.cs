using FluentValidation;

namespace Hub.Application.Common.Validation;

internal static class NotBlankRule
{
    /// <summary>Not null, not empty and not only white space, with one message for all three.</summary>
    public static IRuleBuilderOptions<T, string> NotBlank<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("'{PropertyName}' must not be empty.");
}
