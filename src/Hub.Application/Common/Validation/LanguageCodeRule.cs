using FluentValidation;
using Hub.Domain.Common;

namespace Hub.Application.Common.Validation;

internal static class LanguageCodeRule
{
    /// <summary>An ISO 639-1 code <see cref="LanguageCode.Create"/> accepts; for each item: <c>RuleForEach(…).KnownLanguageCode()</c>.</summary>
    public static IRuleBuilderOptions<T, string> KnownLanguageCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(LanguageCode.IsKnown).WithMessage((_, code) => $"'{EchoedValue.Of(code)}' is not an ISO 639-1 language code (e.g. mn, en, ru).");
}
