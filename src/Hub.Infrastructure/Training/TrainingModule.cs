using Hub.Application.Applicants.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Privacy.Contracts;
using Hub.Application.Training;
using Hub.Application.Training.Contracts;
using Hub.Application.Training.IntegrationEventHandlers;
using Hub.Application.Training.Jobs;
using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.Ledger;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Training.DemoData;
using Hub.Infrastructure.Training.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CurriculumModule = Hub.Domain.Training.TrainingModules.TrainingModule;

namespace Hub.Infrastructure.Training;

/// <summary>The curriculum, programmes for accepted cohorts, sessions and attendance, the learning ledger and certificates.</summary>
/// <remarks>The domain's <c>TrainingModule</c> (a module of the curriculum) is called <c>CurriculumModule</c> here, where this name is taken.</remarks>
internal sealed class TrainingModule : IHubModule
{
    public string Name => "Training";

    public int Order => 200;

    public void Install(ModuleBuilder module)
    {
        module.Services.AddOptions<TrainingOptions>()
            .Bind(module.Configuration.GetSection(TrainingOptions.Section))
            .Validate(o => o.CompletionThreshold is > 0 and <= 1, $"{TrainingOptions.Section}:CompletionThreshold must be more than 0 and at most 1.")
            .Validate(o => o.ReminderLeadTime > TimeSpan.Zero, $"{TrainingOptions.Section}:ReminderLeadTime must be positive.")
            .ValidateOnStart();
        module.Services.AddScoped<LearningLedgers>();

        module.DbContext<TrainingDbContext>(TrainingDbContext.SchemaName)
            .Aggregate<CurriculumModule>()
            .Aggregate<CohortMember>()
            .Aggregate<TrainingProgramme>()
            .Aggregate<TrainingSession>()
            .Aggregate<Certificate>()
            .Aggregate<MentoringEntry>()
            .Subscribe<ApplicationAcceptedIntegrationEvent, EnrolAcceptedFounderHandler>()
            .Subscribe<MentoringSessionLoggedIntegrationEvent, RecordMentoringHoursHandler>()
            .Subscribe<TrainingAttendanceRecordedIntegrationEvent, IssueCertificatesHandler>()
            .Subscribe<PersonErasedIntegrationEvent, PersonErasedHandler>()
            .RecurringJob<SessionReminderJob>("training.session-reminders", "*/5 * * * *")
            .DemoData<TrainingDemoDataSeeder>();
    }
}
