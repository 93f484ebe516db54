using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Mail;

/// <summary>
/// This node's duty of sending mail at once: woken by <see cref="OutboxSignal"/> after a commit
/// that queued an email, it runs the same delivery as the minutely job (which claims each
/// message first, so the two never send one twice). A failure here is logged and left to the
/// minutely delivery and its back-off.
/// </summary>
public sealed class OutboxSender(OutboxSignal signal, IServiceScopeFactory scopes, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await signal.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken))
            {
                continue;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Sending queued email at once failed; the minutely delivery will try again: {Error}", e.GetType().Name);
            }
        }
    }
}
