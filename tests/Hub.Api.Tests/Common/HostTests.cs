using System.Net;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Common;

[Collection(HubCollection.Name)]
public sealed class HostTests(HubApiFactory factory)
{
    [Fact]
    public async Task Health_is_200_when_the_database_and_the_job_server_are_up()
    {
        using var client = factory.CreateClient();
        var health = await (await client.GetAsync("/health")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("background-jobs").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_partner_contract()
    {
        using var client = factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/users", "/api/v1/partner-keys", "/api/v1/intakes", "/api/v1/applications", "/api/v1/applications/{id}/submit", "/api/v1/applications/{id}/decision" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
    }

    [Theory]
    [InlineData("/scalar")]
    [InlineData("/")]
    public async Task Browsable_pages_answer_with_html(string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        using var client = factory.CreateClient();
        await (await client.GetAsync("/api/v1/no-such-thing")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
