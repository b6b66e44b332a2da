using Hub.Application.DemoDay.IntegrationEventHandlers;
using Hub.Application.DemoDay.Jobs;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Privacy.Contracts;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.Mentorships;
using Hub.Domain.DemoDay.ScoreSheets;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.DemoDay.DemoData;
using Hub.Infrastructure.DemoDay.Persistence;

namespace Hub.Infrastructure.DemoDay;

/// <summary>Demo Days: pitches, judges, conflicts, score sheets, normalised results computed in the background, awards.</summary>
internal sealed class DemoDayModule : IHubModule
{
    public string Name => "DemoDay";

    public int Order => 500;

    public void Install(ModuleBuilder module) =>
        module.DbContext<DemoDayDbContext>(DemoDayDbContext.SchemaName)
            .Aggregate<DemoDayEdition>()
            .Aggregate<ScoreSheet>()
            .Aggregate<KnownMentorship>()
            .Subscribe<MentorshipAcceptedIntegrationEvent, MentorshipAcceptedIntegrationEventHandler>()
            .Subscribe<PersonErasedIntegrationEvent, PersonErasedHandler>()
            .RecurringJob<DemoDayResultsSweepJob>("demoday.results-sweep", "* * * * *")
            .DemoData<DemoDayDemoDataSeeder>();
}
