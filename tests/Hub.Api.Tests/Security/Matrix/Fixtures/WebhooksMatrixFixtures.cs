using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Webhooks;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;
using static Hub.Api.Tests.Webhooks.WebhooksTestData;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The Webhooks module's matrix requests (table: <c>Matrix/Tables/Webhooks.md</c>).</summary>
internal sealed class WebhooksMatrixFixtures : IMatrixFixtures
{
    /// <summary>Port 9 (discard) is closed here: deliveries fail at once, and nothing leaves the machine.</summary>
    private const string ClosedPort = "http://127.0.0.1:9/matrix";

    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["CreateWebhook"] = (_, _) => Task.FromResult(Post(WebhooksPath, WebhookBody(ClosedPort, "call.awarded"))),
        ["ListWebhooks"] = (_, _) => Get($"{WebhooksPath}?page=1&pageSize=5"),
        ["GetWebhook"] = async (world, _) => (await Get($"{WebhooksPath}/{await NewAsync(world)}")),
        ["EditWebhook"] = async (world, _) => Put(
            $"{WebhooksPath}/{await NewAsync(world)}",
            new JsonObject { ["url"] = ClosedPort + "/v2", ["events"] = new JsonArray("call.awarded", "application.decided"), ["active"] = false }),
        ["DeleteWebhook"] = async (world, _) => Delete($"{WebhooksPath}/{await NewAsync(world)}"),
        ["ListWebhookDeliveries"] = async (world, _) => await Get($"{WebhooksPath}/{await NewAsync(world)}/deliveries?page=1"),
        ["RedeliverWebhook"] = async (world, succeeds) =>
        {
            if (!succeeds)
            {
                return Post($"{WebhooksPath}/{Guid.NewGuid()}/deliveries/{Guid.NewGuid()}/redeliver");
            }

            var id = await NewAsync(world);
            (await world.Admin.PostAsync($"{WebhooksPath}/{id}/ping", null)).EnsureSuccessStatusCode();
            var failed = await world.Admin.FinishedDeliveryAsync(id);
            return Post($"{WebhooksPath}/{id}/deliveries/{failed.GetProperty("id").GetGuid()}/redeliver");
        },
        ["PingWebhook"] = async (world, _) => Post($"{WebhooksPath}/{await NewAsync(world)}/ping"),
    };

    private static Task<Guid> NewAsync(MatrixWorld world) => world.Admin.NewWebhookAsync(ClosedPort, "call.awarded");
}
