namespace Hub.Application.Common.Messaging;

/// <summary>The outbox and inbox rows every module has already handled (kept a while for looking into, then purged).</summary>
public interface IDeliveredMessages
{
    /// <summary>Deletes, in every module, the handled rows whose payload mentions <paramref name="id"/>; answers how many.</summary>
    Task<int> ForgetMentioningAsync(Guid id, CancellationToken cancellationToken);
}
