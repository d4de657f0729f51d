namespace Directory.Api.Transfer;

/// <summary>
/// Imports run one at a time on an instance: each holds its rows as requests, entities and audit entries
/// until it commits (~8× the file; three 25 MB imports at once took 1.8 GB). The next is told to retry
/// (429 with Retry-After) instead of waiting with its upload held.
/// </summary>
public sealed class ImportGate : IDisposable
{
    public const int RetryAfterSeconds = 10;

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>The gate's lease, or null when another import is running.</summary>
    public IDisposable? TryEnter() => _one.Wait(0) ? new Lease(_one) : null;

    public void Dispose() => _one.Dispose();

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
