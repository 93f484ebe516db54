namespace PeerSupport.Directory.Mail;

/// <summary>
/// Wakes this node's sender as soon as a commit has queued an email, so a confirmation or a
/// reset link leaves within seconds rather than at the next minutely delivery (which stays as
/// the safety net, and is what sends mail queued on another node or left by a crash).
/// Raised by <see cref="Data.DirectoryDbContext"/> after the commit, never before: an email
/// of a change that rolled back is not in the outbox to send.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised and not yet taken: one wake-up sends everything due.
        }
    }

    /// <summary>Waits until raised (true) or <paramref name="timeout"/> passes (false).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => raised.WaitAsync(timeout, cancellationToken);

    public void Dispose() => raised.Dispose();
}
