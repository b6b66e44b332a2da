using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

public sealed record IntakeOpenedIntegrationEvent(Guid IntakeId, string Name, DateTimeOffset ClosesAt) : IntegrationEvent;
