using Hub.Application.Common.Behaviors;
using Hub.Application.Tests.TestDoubles;
using Microsoft.Extensions.Logging;

namespace Hub.Application.Tests.Common.Behaviors;

public sealed class LoggingBehaviorTests
{
    [Fact]
    public async Task Response_of_next_is_passed_through_and_logged_as_handled_at_debug()
    {
        var logger = new CapturingLogger<LoggingBehavior<PingCommand, string>>();
        var behavior = new LoggingBehavior<PingCommand, string>(logger);

        var response = await behavior.Handle(new PingCommand("hello"), (message, _) => ValueTask.FromResult(message.Text + " handled"), CancellationToken.None);

        Assert.Equal("hello handled", response);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Debug && e.Message.StartsWith($"Handled {nameof(PingCommand)}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exception_of_next_is_rethrown_unchanged_and_logged_at_information()
    {
        var logger = new CapturingLogger<LoggingBehavior<PingCommand, string>>();
        var behavior = new LoggingBehavior<PingCommand, string>(logger);
        var failure = new InvalidOperationException("boom");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new PingCommand("hello"), (_, _) => throw failure, CancellationToken.None));

        Assert.Same(failure, thrown);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains(nameof(InvalidOperationException), StringComparison.Ordinal) && e.Message.Contains("boom", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Entries, e => e.Message.StartsWith("Handled ", StringComparison.Ordinal));
    }
}
