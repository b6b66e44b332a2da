using Hub.Infrastructure.Applicants;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.DemoDay;
using Hub.Infrastructure.Identity;
using Hub.Infrastructure.Mentoring;
using Hub.Infrastructure.Privacy;
using Hub.Infrastructure.Reporting;
using Hub.Infrastructure.SeedCapital;
using Hub.Infrastructure.Training;
using Hub.Infrastructure.Webhooks;

namespace Hub.Infrastructure;

/// <summary>The modules this host runs: adding a module is one line here and one installer in its folder.</summary>
internal static class HubModules
{
    public static IReadOnlyList<IHubModule> All { get; } =
    [
        new IdentityModule(),
        new ApplicantsModule(),
        new TrainingModule(),
        new MentoringModule(),
        new SeedCapitalModule(),
        new DemoDayModule(),
        new WebhooksModule(),
        new ReportingModule(),
        new PrivacyModule(),
    ];
}
