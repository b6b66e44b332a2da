using FluentValidation;
using Hub.Application.Common.Behaviors;
using Hub.Application.Tests.TestDoubles;

namespace Hub.Application.Tests.Common.Behaviors;

public sealed class ValidationBehaviorTests
{
    [Fact]
    public async Task Invalid_message_throws_with_the_failures_of_every_validator_and_never_calls_next()
    {
        var first = new InlineValidator<PingCommand>();
        first.RuleFor(c => c.Text).NotEmpty().WithMessage("text is required");
        var second = new InlineValidator<PingCommand>();
        second.RuleFor(c => c.Text).MinimumLength(3).WithMessage("text is too short");
        second.RuleFor(c => c.Text).Must(t => t.StartsWith('x')).WithMessage("text must start with x");
        var behavior = new ValidationBehavior<PingCommand, string>([first, second]);
        var nextCalls = 0;

        var exception = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behavior.Handle(new PingCommand(string.Empty), (_, _) =>
            {
                nextCalls++;
                return ValueTask.FromResult("handled");
            }, CancellationToken.None));

        Assert.Equal(
            ["text is required", "text is too short", "text must start with x"],
            exception.Errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal));
        Assert.Equal(0, nextCalls);
    }

    [Fact]
    public async Task Valid_message_goes_on_to_next_and_returns_its_response()
    {
        var validator = new InlineValidator<PingCommand>();
        validator.RuleFor(c => c.Text).NotEmpty();
        var behavior = new ValidationBehavior<PingCommand, string>([validator]);
        var nextCalls = 0;

        var response = await behavior.Handle(new PingCommand("hello"), (message, _) =>
        {
            nextCalls++;
            return ValueTask.FromResult(message.Text + " handled");
        }, CancellationToken.None);

        Assert.Equal("hello handled", response);
        Assert.Equal(1, nextCalls);
    }

    [Fact]
    public async Task Message_without_validators_goes_on_to_next()
    {
        var behavior = new ValidationBehavior<PingCommand, string>([]);

        var response = await behavior.Handle(new PingCommand("hello"), (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);

        Assert.Equal("handled", response);
    }
}
