using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Security;
using Hub.Infrastructure.Applicants.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Common.Inbox;

/// <summary>A subscriber that always succeeds, and writes a row in its module's transaction each time it runs.</summary>
internal sealed class SteadySubmissionHandler(InboxProbe probe, ApplicantsDbContext database, ICurrentUser caller)
    : IIntegrationEventHandler<ApplicationSubmittedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationSubmittedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        probe.RanAsSystem.Add(caller.IsSystem);
        var attempt = probe.Record(nameof(SteadySubmissionHandler), integrationEvent.ApplicationId);
        await database.Database.ExecuteSqlAsync(
            $"INSERT INTO applicants.inbox_probe (handler, application_id, attempt) VALUES ({nameof(SteadySubmissionHandler)}, {integrationEvent.ApplicationId}, {attempt})",
            cancellationToken);
    }
}
