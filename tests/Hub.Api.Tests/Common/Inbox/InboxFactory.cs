using Hub.Api.Tests.Infrastructure;
using Hub.Application.Applicants.Contracts;
using Hub.Infrastructure.Common.Modules;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common.Inbox;

/// <summary>
/// A host of its own whose Applicants module subscribes two test handlers to <see cref="ApplicationSubmittedIntegrationEvent"/>,
/// on a clock the test moves, so back-off delays pass without waiting.
/// </summary>
public sealed class InboxFactory : FakeClockHubApiFactory
{
    public InboxProbe Probe { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Probe);
            services.AddScoped<SteadySubmissionHandler>();
            services.AddScoped<FlakySubmissionHandler>();
            var modules = (ModuleCatalog)services.Single(d => d.ServiceType == typeof(ModuleCatalog)).ImplementationInstance!;
            modules.Subscribe("Applicants", typeof(ApplicationSubmittedIntegrationEvent), typeof(SteadySubmissionHandler));
            modules.Subscribe("Applicants", typeof(ApplicationSubmittedIntegrationEvent), typeof(FlakySubmissionHandler));
        });
    }
}
