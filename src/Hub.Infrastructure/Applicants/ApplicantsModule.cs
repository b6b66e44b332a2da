using Hub.Application.Applicants.IntegrationEventHandlers;
using Hub.Application.Applicants.Jobs;
using Hub.Application.Privacy.Contracts;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Infrastructure.Applicants.DemoData;
using Hub.Infrastructure.Applicants.Persistence;
using Hub.Infrastructure.Common.Modules;

namespace Hub.Infrastructure.Applicants;

/// <summary>Intakes and programme applications: who applies, and who is accepted into the cohort.</summary>
internal sealed class ApplicantsModule : IHubModule
{
    public string Name => "Applicants";

    public int Order => 100;

    public void Install(ModuleBuilder module) =>
        module.DbContext<ApplicantsDbContext>(ApplicantsDbContext.SchemaName)
            .Aggregate<Intake>()
            .Aggregate<ProgrammeApplication>()
            .Subscribe<PersonErasedIntegrationEvent, PersonErasedHandler>()
            .RecurringJob<IntakeSweepJob>("applicants.intake-sweep", "* * * * *")
            .DemoData<ApplicantsDemoDataSeeder>();
}
