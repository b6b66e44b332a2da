using BenchmarkDotNet.Attributes;
using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Common.Messaging;
using Hub.Infrastructure.Common.Outbox;

namespace Hub.Benchmarks;

/// <summary>What every save with side effects pays to write its outbox rows, and the drain to read them.</summary>
[MemoryDiagnoser]
public class OutboxSerializationBenchmarks
{
    private readonly ApplicationSubmittedIntegrationEvent _event = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Дархан Сүү хоршоо") { OccurredAt = DateTimeOffset.UtcNow };
    private readonly OutgoingNotification _notification = new(Guid.NewGuid(), "Өргөдөл хүлээн авлаа", new string('ж', 400), "mn");
    private (string Type, string Payload) _message;

    [GlobalSetup]
    public void Setup() => _message = MessageTypes.Serialize(_event);

    [Benchmark]
    public object WriteIntegrationEvent() => OutboxMessage.From(_event, DateTimeOffset.UnixEpoch);

    [Benchmark]
    public object WriteNotification() => OutboxMessage.From(_notification, DateTimeOffset.UnixEpoch);

    [Benchmark]
    public object ReadIntegrationEvent() => MessageTypes.Deserialize(_message.Type, _message.Payload);
}
