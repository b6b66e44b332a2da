using Microsoft.Extensions.Logging;

namespace Hub.Application.Tests.TestDoubles;

internal sealed record LogEntry(LogLevel Level, string Message);
