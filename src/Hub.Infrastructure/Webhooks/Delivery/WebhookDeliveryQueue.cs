using Hub.Application.Common.Jobs;
using Hub.Application.Webhooks;
using Hub.Application.Webhooks.Jobs;
using Hub.Infrastructure.Webhooks.Persistence;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Webhooks.Delivery;

internal sealed partial class WebhookDeliveryQueue(WebhooksDbContext context, IBackgroundJobs jobs, ILogger<WebhookDeliveryQueue> logger) : IWebhookDeliveryQueue
{
    public void SendWhenCommitted(IEnumerable<Guid> deliveryIds)
    {
        var ids = deliveryIds.ToList();
        if (context.Database.CurrentTransaction is null)
        {
            Enqueue(ids);
        }
        else
        {
            context.AfterCommit(() => Enqueue(ids));
        }
    }

    private void Enqueue(List<Guid> ids)
    {
        foreach (var id in ids)
        {
            try
            {
                jobs.Enqueue<WebhookDeliveryJob>(job => job.RunAsync(id, CancellationToken.None));
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogEnqueueFailed(logger, error, id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue webhook delivery {DeliveryId}; the sweep will send it")]
    private static partial void LogEnqueueFailed(ILogger logger, Exception error, Guid deliveryId);
}
