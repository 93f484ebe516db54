using Microsoft.Extensions.Logging;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The product's own warnings and errors during a stress run (a commit that failed and will be
/// retried, an old generation that could not be deleted), written to the stress log and counted
/// there under "log"; the benchmark otherwise discards logging.
/// </summary>
internal sealed class StressLogProvider(StressLog log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(log, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(StressLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Logged($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().FullName})")}");
            }
        }
    }
}
