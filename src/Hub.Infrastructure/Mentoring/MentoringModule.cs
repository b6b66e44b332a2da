using Hub.Application.Applicants.Contracts;
using Hub.Application.Mentoring;
using Hub.Application.Mentoring.IntegrationEventHandlers;
using Hub.Application.Mentoring.Jobs;
using Hub.Application.Privacy.Contracts;
using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentees;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Mentoring.DemoData;
using Hub.Infrastructure.Mentoring.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Mentoring;

/// <summary>Mentors, their optimal matching to accepted ventures, mentorships and their session logs.</summary>
internal sealed class MentoringModule : IHubModule
{
    public string Name => "Mentoring";

    public int Order => 300;

    public void Install(ModuleBuilder module)
    {
        module.DbContext<MentoringDbContext>(MentoringDbContext.SchemaName)
            .Aggregate<Mentor>()
            .Aggregate<Mentee>()
            .Aggregate<MatchingRun>()
            .Aggregate<Mentorship>()
            .Subscribe<ApplicationAcceptedIntegrationEvent, RecordAcceptedMenteeHandler>()
            .Subscribe<PersonErasedIntegrationEvent, PersonErasedHandler>()
            .RecurringJob<QuietMentorshipReminderJob>("mentoring.quiet-mentorship-reminder", "0 8 * * 1")
            .DemoData<MentoringDemoDataSeeder>();
        module.Services.Configure<MentoringOptions>(module.Configuration.GetSection(MentoringOptions.Section));
    }
}
