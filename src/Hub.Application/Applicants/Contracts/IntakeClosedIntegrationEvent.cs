using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

public sealed record IntakeClosedIntegrationEvent(Guid IntakeId, string Name) : IntegrationEvent;
