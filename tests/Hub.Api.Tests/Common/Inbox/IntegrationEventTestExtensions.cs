using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Messaging;
using Hub.Infrastructure.Applicants.Persistence;
using Hub.Infrastructure.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common.Inbox;

/// <summary>
/// Publishes an integration event as if its module had: it goes through a real outbox (Applicants', the one every
/// host has), is drained, and reaches every subscriber's inbox. For tests of a subscriber whose publisher is not
/// what the test is about (or not built yet).
/// </summary>
public static class IntegrationEventTestExtensions
{
    public static async Task PublishAsync(this HubApiFactory factory, IntegrationEvent integrationEvent)
    {
        await using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope();
        scope.ServiceProvider.GetRequiredService<IOutbox>().Add(integrationEvent);
        await scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>().SaveChangesAsync();
    }
}
