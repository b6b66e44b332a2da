using Hub.Application.Common.Behaviors;
using Hub.Application.Tests.TestDoubles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Application.Tests.Common.Behaviors;

public sealed class SlowRequestBehaviorTests
{
    [Fact]
    public async Task Request_slower_than_the_threshold_is_logged_as_a_warning()
    {
        var logger = new CapturingLogger<SlowRequestBehavior<PingCommand, string>>();
        var behavior = new SlowRequestBehavior<PingCommand, string>(
            logger, Options.Create(new SlowRequestOptions { Threshold = TimeSpan.FromMilliseconds(1) }));

        var response = await behavior.Handle(new PingCommand("slow"), async (_, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            return "handled";
        }, CancellationToken.None);

        Assert.Equal("handled", response);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(nameof(PingCommand), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_faster_than_the_threshold_is_not_logged()
    {
        var logger = new CapturingLogger<SlowRequestBehavior<PingCommand, string>>();
        var behavior = new SlowRequestBehavior<PingCommand, string>(
            logger, Options.Create(new SlowRequestOptions { Threshold = TimeSpan.FromMinutes(5) }));

        var response = await behavior.Handle(new PingCommand("fast"), (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);

        Assert.Equal("handled", response);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task Slow_request_that_fails_is_still_logged_and_its_exception_rethrown()
    {
        var logger = new CapturingLogger<SlowRequestBehavior<PingCommand, string>>();
        var behavior = new SlowRequestBehavior<PingCommand, string>(
            logger, Options.Create(new SlowRequestOptions { Threshold = TimeSpan.Zero }));
        var failure = new InvalidOperationException("boom");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behavior.Handle(new PingCommand("slow"), async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
                throw failure;
            }, CancellationToken.None));

        Assert.Same(failure, thrown);
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
    }
}
