using Hub.Application.Privacy.Contracts;
using Hub.Application.Privacy.IntegrationEventHandlers;
using Hub.Application.Privacy.Queries.ExportPersonalData;
using Hub.Domain.Privacy.Erasures;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Privacy.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Privacy;

/// <summary>Personal data under the GDPR: a person's export from every module, and their erasure with its log.</summary>
internal sealed class PrivacyModule : IHubModule
{
    public string Name => "Privacy";

    public int Order => 800;

    public void Install(ModuleBuilder module)
    {
        module.Services.AddScoped<PersonalDataExport>();
        module.DbContext<PrivacyDbContext>(PrivacyDbContext.SchemaName)
            .Aggregate<Erasure>()
            .Subscribe<PersonErasedIntegrationEvent, ForgetDeliveredMessagesHandler>();
    }
}
