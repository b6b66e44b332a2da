using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Webhooks;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks;

/// <summary>The input rules shared by creating and editing a subscription.</summary>
internal static class WebhookSubscriptionRules
{
    public static void Url<T>(this IRuleBuilder<T, string> rule, WebhooksOptions options) =>
        rule.NotBlank().Custom((url, context) =>
        {
            if (WebhookUrlRule.Refusal(url, options.AllowPrivateNetwork) is { } refusal)
            {
                context.AddFailure(refusal);
            }
        });

    public static void Events<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotNull().WithMessage("'events' must name at least one event.")
            .Must(events => events is { Count: > 0 }).WithMessage("'events' must name at least one event.")
            .Must(events => events is null || events.Count <= 50).WithMessage("'events' may name at most 50 events.")
            .Custom((events, context) =>
            {
                var unknown = (events ?? []).Where(e => !WebhookEventTypes.IsKnown(e)).ToList();
                if (unknown.Count > 0)
                {
                    context.AddFailure(
                        $"Unknown event(s) {string.Join(", ", unknown.Take(5).Select(e => $"'{EchoedValue.Of(e)}'"))}; known events are {string.Join(", ", WebhookEventTypes.All)}.");
                }
            });

    public static IRuleBuilderOptions<T, string?> Secret<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Length(WebhookSubscription.MinSecretLength, WebhookSubscription.MaxSecretLength)
            .WithMessage($"'secret' must be {WebhookSubscription.MinSecretLength} to {WebhookSubscription.MaxSecretLength} characters.");
}
