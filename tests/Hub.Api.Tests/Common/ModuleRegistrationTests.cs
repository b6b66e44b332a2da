using Hub.Application.Applicants.Contracts;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;
using Hub.Infrastructure;
using Hub.Infrastructure.Applicants.Persistence;
using Hub.Infrastructure.Common.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common;

/// <summary>Each module has one explicit entry point, and the host refuses to start when a module left something out.</summary>
public sealed class ModuleRegistrationTests
{
    [Fact]
    public void The_hubs_modules_register_everything_the_code_has()
    {
        var catalog = Install(HubModules.All);

        catalog.Validate();
        Assert.Equal(["Identity", "Applicants", "Training", "Mentoring", "SeedCapital", "DemoDay", "Webhooks", "Reporting", "Privacy"], catalog.Modules.Select(m => m.Name));
        Assert.Contains(catalog.Modules.Single(m => m.Name == "Applicants").RecurringJobs, j => j.Id == "applicants.intake-sweep");
    }

    [Fact]
    public void Every_module_folder_of_the_domain_has_a_module_entry()
    {
        var folders = typeof(IAggregateRoot).Assembly.GetTypes()
            .Select(t => t.Namespace?.Split('.'))
            .Where(parts => parts is ["Hub", "Domain", _, ..] && parts[2] != "Common")
            .Select(parts => parts![2])
            .ToHashSet();
        Assert.Subset(HubModules.All.Select(m => m.Name).ToHashSet(), folders);
    }

    [Fact]
    public void A_module_that_forgets_an_aggregate_stops_the_host_and_is_named()
    {
        var catalog = Install([new Stub("Applicants", 100, m => m.DbContext<ApplicantsDbContext>("applicants").Aggregate<Intake>())]);

        var error = Assert.Throws<InvalidOperationException>(catalog.Validate);
        Assert.Contains("ProgrammeApplication is registered by no module", error.Message, StringComparison.Ordinal);
        Assert.Contains("PartnerKey is registered by no module", error.Message, StringComparison.Ordinal);
        Assert.Contains("IntakeSweepJob is registered by no module", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_modules_with_one_order_or_no_DbContext_stop_the_host()
    {
        var catalog = Install([new Stub("First", 5, _ => { }), new Stub("Second", 5, _ => { })]);

        var error = Assert.Throws<InvalidOperationException>(catalog.Validate);
        Assert.Contains("Two modules share the module order '5'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Module First registers no DbContext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_without_an_inbox_cannot_subscribe()
    {
        var catalog = Install([.. HubModules.All]);
        catalog.Subscribe("Identity", typeof(ApplicationAcceptedIntegrationEvent), typeof(Inbox.SteadySubmissionHandler));

        var error = Assert.Throws<InvalidOperationException>(catalog.Validate);
        Assert.Contains("Module Identity subscribes to events but its DbContext has no inbox", error.Message, StringComparison.Ordinal);
    }

    private static ModuleCatalog Install(IEnumerable<IHubModule> modules) =>
        ModuleCatalog.Install(new ServiceCollection(), new ConfigurationBuilder().Build(), modules);

    private sealed class Stub(string name, int order, Action<ModuleBuilder> install) : IHubModule
    {
        public string Name => name;

        public int Order => order;

        public void Install(ModuleBuilder module) => install(module);
    }
}
