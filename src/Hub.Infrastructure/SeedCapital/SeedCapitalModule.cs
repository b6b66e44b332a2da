using Hub.Application.Privacy.Contracts;
using Hub.Application.SeedCapital.IntegrationEventHandlers;
using Hub.Application.SeedCapital.Jobs;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.ExchangeRates;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.SeedCapital.DemoData;
using Hub.Infrastructure.SeedCapital.Persistence;

namespace Hub.Infrastructure.SeedCapital;

/// <summary>Seed-capital calls and pilot competitions: proposals, their evaluation, the award within budget, and grants paid in tranches.</summary>
internal sealed class SeedCapitalModule : IHubModule
{
    public string Name => "SeedCapital";

    public int Order => 400;

    public void Install(ModuleBuilder module) =>
        module.DbContext<SeedCapitalDbContext>(SeedCapitalDbContext.SchemaName)
            .Aggregate<CallForProposals>()
            .Aggregate<Proposal>()
            .Aggregate<Grant>()
            .Aggregate<ExchangeRate>()
            .Subscribe<PersonErasedIntegrationEvent, PersonErasedHandler>()
            .RecurringJob<CallSweepJob>("seed-capital.call-sweep", "* * * * *")
            .RecurringJob<EvaluationReminderJob>("seed-capital.evaluation-reminders", "*/10 * * * *")
            .DemoData<SeedCapitalDemoDataSeeder>();
}
