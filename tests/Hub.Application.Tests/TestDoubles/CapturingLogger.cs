using Microsoft.Extensions.Logging;

namespace Hub.Application.Tests.TestDoubles;

/// <summary>Keeps every entry written to it, at every level, so a test can look at what was logged.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries => _entries;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Add(new LogEntry(logLevel, formatter(state, exception)));
}
