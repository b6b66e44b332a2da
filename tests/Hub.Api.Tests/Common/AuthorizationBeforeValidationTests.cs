using System.Net;
using System.Text;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common;

/// <summary>
/// For every endpoint of the API (found in the running app, so a new module's endpoints are covered without anyone
/// listing them), a caller the endpoint's request does not allow gets 401 or 403 with an invalid body — never 400
/// with the validation rules.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class AuthorizationBeforeValidationTests(HubApiFactory factory)
{
    private static readonly string[] InvalidBodies = ["{}", "{\"unexpected\": [1, 2", "[]"];

    [Fact]
    public async Task Every_endpoint_refuses_an_anonymous_caller_before_reading_the_body()
    {
        using var anonymous = factory.CreateClient();
        var endpoints = ApiEndpoints().Where(e => e.Access.NeedsCaller).ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            foreach (var body in InvalidBodies)
            {
                var response = await anonymous.SendAsync(endpoint.Request(body));
                await response.ProblemAsync(HttpStatusCode.Unauthorized);
            }
        }
    }

    [Fact]
    public async Task Every_endpoint_refuses_people_without_its_role_before_reading_the_body()
    {
        foreach (var role in Roles.PersonRoles)
        {
            var person = await factory.SharedUserAsync(role);
            foreach (var endpoint in ApiEndpoints().Where(e => e.Access.NeedsCaller && !e.Access.AnyPerson && !e.Access.Roles.Contains(role)))
            {
                foreach (var body in InvalidBodies)
                {
                    var problem = await (await person.Client.SendAsync(endpoint.Request(body))).ProblemAsync(HttpStatusCode.Forbidden);
                    Assert.False(problem.TryGetProperty("errors", out _), $"{endpoint} told a {role} its validation rules: {problem}");
                }
            }
        }
    }

    [Fact]
    public async Task Every_endpoint_refuses_partner_keys_without_its_scope_before_reading_the_body()
    {
        foreach (var scope in PartnerScopes.All)
        {
            var partner = await factory.SharedPartnerAsync(scope);
            foreach (var endpoint in ApiEndpoints().Where(e => e.Access.NeedsCaller && !e.Access.Scopes.Contains(scope)))
            {
                foreach (var body in InvalidBodies)
                {
                    var problem = await (await partner.SendAsync(endpoint.Request(body))).ProblemAsync(HttpStatusCode.Forbidden);
                    Assert.False(problem.TryGetProperty("errors", out _), $"{endpoint} told a '{scope}' key its validation rules: {problem}");
                }
            }
        }
    }

    [Fact]
    public async Task A_reading_partner_posting_an_incomplete_application_is_refused_not_taught_the_rules()
    {
        var reader = await factory.SharedPartnerAsync(PartnerScopes.ApplicationsRead);
        var problem = await (await reader.PostRawJsonAsync(ApplicantsTestData.Applications, "{\"ventureName\": \"\"}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("applications:write", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private IEnumerable<ApiEndpoint> ApiEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiEndpoint(
                method,
                e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<RequestAccess>() ?? throw new InvalidOperationException($"{method} {e.RoutePattern.RawText} does not declare the request it sends."))));

    private sealed record ApiEndpoint(string Method, string Route, RequestAccess Access)
    {
        public HttpRequestMessage Request(string body)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(Route, "{[^}]+}", Guid.NewGuid().ToString());
            var request = new HttpRequestMessage(new HttpMethod(Method), path);
            if (Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            return request;
        }

        public override string ToString() => $"{Method} {Route}";
    }
}
