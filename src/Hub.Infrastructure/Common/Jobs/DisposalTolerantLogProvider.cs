using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Jobs;

/// <summary>
/// Hangfire keeps one log provider for the whole process, set by the host started last. When that host stops
/// before another (a second instance in the tests, a worker host recycled in-process), Hangfire's next logger would
/// come from a disposed factory and fail the job or schedule asking for it; it gets a silent one instead.
/// </summary>
internal sealed class DisposalTolerantLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
