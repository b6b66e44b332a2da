using Hub.Application.Applicants.Contracts;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.Training.Contracts;
using Hub.Application.Webhooks;
using Hub.Application.Webhooks.Commands.SendWebhookAttempt;
using Hub.Application.Webhooks.IntegrationEventHandlers;
using Hub.Application.Webhooks.Jobs;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Webhooks.Delivery;
using Hub.Infrastructure.Webhooks.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Webhooks;

/// <summary>Signed webhooks to partners: subscriptions, one delivery per event and subscription, retried with back-off, logged.</summary>
internal sealed class WebhooksModule : IHubModule
{
    public string Name => "Webhooks";

    public int Order => 600;

    public void Install(ModuleBuilder module)
    {
        module.DbContext<WebhooksDbContext>(WebhooksDbContext.SchemaName)
            .Aggregate<WebhookSubscription>()
            .Aggregate<WebhookDelivery>()
            .Subscribe<ApplicationSubmittedIntegrationEvent, ApplicationSubmittedWebhookHandler>()
            .Subscribe<ApplicationDecidedIntegrationEvent, ApplicationDecidedWebhookHandler>()
            .Subscribe<TrainingCertificateIssuedIntegrationEvent, CertificateIssuedWebhookHandler>()
            .Subscribe<MentoringSessionLoggedIntegrationEvent, SessionLoggedWebhookHandler>()
            .Subscribe<CallAwardedIntegrationEvent, CallAwardedWebhookHandler>()
            .Subscribe<DemoDayResultsPublishedIntegrationEvent, ResultsPublishedWebhookHandler>()
            .RecurringJob<WebhookSweepJob>("webhooks.sweep", "* * * * *");

        var services = module.Services;
        services.Configure<WebhooksOptions>(module.Configuration.GetSection(WebhooksOptions.Section));
        services.AddScoped<IWebhookSecrets, DataProtectionWebhookSecrets>();
        services.AddScoped<IWebhookDeliveryQueue, WebhookDeliveryQueue>();
        services.AddScoped<IWebhookDeliveryClaims, WebhookDeliveryClaims>();
        services.AddScoped<IWebhookDeliveryLog, WebhookDeliveryLog>();
        services.AddScoped<IWebhookTransport, HttpWebhookTransport>();
        services.AddScoped<FailingSubscriptionCheck>();
        services.AddHttpClient(HttpWebhookTransport.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(WebhookHeaders.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var handler = new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    UseProxy = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectTimeout = TimeSpan.FromSeconds(10),
                };
                var settings = sp.GetRequiredService<IOptions<WebhooksOptions>>().Value;
                if (settings.LoopbackOnly)
                {
                    handler.ConnectCallback = GuardedConnector.LoopbackOnlyAsync;
                }
                else if (!settings.AllowPrivateNetwork)
                {
                    handler.ConnectCallback = GuardedConnector.PublicOnlyAsync;
                }

                return handler;
            });
    }
}
