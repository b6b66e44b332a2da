using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Infrastructure.Applicants.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Common.Inbox;

/// <summary>
/// A subscriber that writes its row and then fails, <see cref="InboxProbe.FlakyFailures"/> times per event, before it
/// succeeds: its rows of the failed attempts must be rolled back with them.
/// </summary>
internal sealed class FlakySubmissionHandler(InboxProbe probe, ApplicantsDbContext database) : IIntegrationEventHandler<ApplicationSubmittedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationSubmittedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var attempt = probe.Record(nameof(FlakySubmissionHandler), integrationEvent.ApplicationId);
        await database.Database.ExecuteSqlAsync(
            $"INSERT INTO applicants.inbox_probe (handler, application_id, attempt) VALUES ({nameof(FlakySubmissionHandler)}, {integrationEvent.ApplicationId}, {attempt})",
            cancellationToken);
        if (attempt <= probe.FlakyFailures)
        {
            throw new InvalidOperationException($"Flaky handler fails on attempt {attempt}.");
        }
    }
}
