using Hub.Application.Applicants.Contracts;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Reporting;
using Hub.Application.Reporting.IntegrationEventHandlers;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.Training.Contracts;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Startup;
using Hub.Infrastructure.Reporting.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Reporting;

/// <summary>The donor report: a read model of facts fed by the other modules' events, the indicators and their CSV exports.</summary>
internal sealed class ReportingModule : IHubModule
{
    public string Name => ReportingReplay.ModuleName;

    public int Order => 700;

    public void Install(ModuleBuilder module)
    {
        module.Services.AddOptions<ReportingOptions>()
            .Bind(module.Configuration.GetSection(ReportingOptions.Section))
            .Validate(o => o.Targets.Values.All(t => t >= 0), $"{ReportingOptions.Section}:Targets must not be negative.")
            .ValidateOnStart();
        module.Services.AddScoped<IReportingReadModel, ReportingReadModel>();
        module.Services.AddScoped<IStartupTask, ReportingReplay>();

        module.DbContext<ReportingDbContext>(ReportingDbContext.SchemaName)
            .Subscribe<ApplicationSubmittedIntegrationEvent, ApplicationSubmittedHandler>()
            .Subscribe<ApplicationDecidedIntegrationEvent, ApplicationDecidedHandler>()
            .Subscribe<ApplicationWithdrawnIntegrationEvent, ApplicationWithdrawnHandler>()
            .Subscribe<TrainingAttendanceRecordedIntegrationEvent, TrainingAttendanceRecordedHandler>()
            .Subscribe<TrainingCertificateIssuedIntegrationEvent, TrainingCertificateIssuedHandler>()
            .Subscribe<MentorshipAcceptedIntegrationEvent, MentorshipAcceptedHandler>()
            .Subscribe<MentoringSessionLoggedIntegrationEvent, MentoringSessionLoggedHandler>()
            .Subscribe<CallAwardedIntegrationEvent, CallAwardedHandler>()
            .Subscribe<MilestoneApprovedIntegrationEvent, MilestoneApprovedHandler>()
            .Subscribe<DemoDayResultsPublishedIntegrationEvent, DemoDayResultsPublishedHandler>();
    }
}
