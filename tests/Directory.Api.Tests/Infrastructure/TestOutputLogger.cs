using Microsoft.Extensions.Logging;

namespace Directory.Api.Tests.Infrastructure;

/// <summary>
/// The test host's log, written to the output of the test that caused it (shown with that test's failure)
/// instead of the console, where ~1,400 lines of expected warnings from provoked faults buried a failure.
/// A line logged outside any test (a background service between tests) has no test to belong to and is dropped.
/// </summary>
public sealed class TestOutputLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (TestContext.Current.TestOutputHelper is not { } output)
            {
                return;
            }

            try
            {
                output.WriteLine($"{logLevel}: {category}[{eventId.Id}] {formatter(state, exception)}{(exception is null ? "" : $"\n{exception}")}");
            }
            catch (InvalidOperationException)
            {
                // The test finished between the check and the write.
            }
        }
    }
}
