using Hangfire;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Applicants.Commands.DecideApplication;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common;

/// <summary>Jobs, the outbox and the inboxes act as the system actor: allowed the same commands a person is, and recorded as the system.</summary>
[Collection(HubCollection.Name)]
public sealed class SystemActorTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_command_sent_as_the_system_is_recorded_as_decided_by_the_system()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            await using (var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope())
            {
                var status = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
                    new DecideApplicationCommand(id, "Waitlist", "Decided by the nightly review job."));
                Assert.Equal("Waitlisted", status);
            }

            var manager = await factory.ManagerAsync();
            var decision = (await manager.Client.ApplicationAsync(id)).GetProperty("decision");
            Assert.Equal(SystemActor.Id, decision.GetProperty("decidedBy").GetGuid());
        }
    }

    [Fact]
    public async Task A_scope_that_is_not_the_systems_and_has_no_caller_is_nobody()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(scope.ServiceProvider.GetRequiredService<ICurrentUser>().IsSystem);
        await Assert.ThrowsAsync<UnauthenticatedException>(async () =>
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DecideApplicationCommand(Guid.NewGuid(), "Accept", "No one may.")));
    }

    [Fact]
    public void Background_jobs_are_activated_in_a_system_scope()
    {
        var activator = factory.Services.GetRequiredService<JobActivator>();
        var scope = activator.BeginScope((JobActivatorContext)null!);
        try
        {
            Assert.True(((ICurrentUser)scope.Resolve(typeof(ICurrentUser))).IsSystem);
        }
        finally
        {
            scope.DisposeScope();
        }
    }

    [Fact]
    public async Task Every_aggregate_a_module_names_is_mapped_by_its_DbContext()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        foreach (var module in factory.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType!);
            Assert.All(module.Aggregates, aggregate => Assert.NotNull(context.Model.FindEntityType(aggregate)));
        }
    }
}
