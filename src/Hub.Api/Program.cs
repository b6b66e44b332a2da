using Hub.Api.Common;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Health;
using Hub.Api.Common.Hosting;
using Hub.Api.Common.Http;
using Hub.Api.Common.Idempotency;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Api.Common.Web;
using Hub.Infrastructure;
using Hub.Infrastructure.Common.Startup;
using Hangfire;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var migrateOnly = args.Contains("migrate");
if (migrateOnly)
{
    builder.Configuration["Hub:Jobs:RunServer"] = "false";
}

builder.Services.AddHubInfrastructure(builder.Configuration);
builder.Services.AddHubApi(builder.Configuration);
builder.AddHubOperations();
builder.Services.AddHubPages();

var app = builder.Build();

if (migrateOnly)
{
    // Production: `Hub.Api migrate` applies every module's migrations, then exits.
    await app.Services.MigrateHubDatabaseAsync();
    return;
}

app.UseHubOperations();
await app.Services.RunHubStartupTasksAsync();

app.UseHubSecurityHeaders();
app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHubCors();
app.UseHubPages();
app.UseAuthentication();
app.UseCookieForgeryCheck();
app.UseAuthorization();
app.UseRateLimiter();
app.UseHubIdempotency();
app.UseHubRequestCharsetGuard();

app.MapOpenApi();
app.MapScalarApiReference(ApiReference.Configure);
app.MapGet(HealthEndpoint.Path, HealthEndpoint.AnswerAsync).ExcludeFromDescription();
app.MapHubHealthProbes();
app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, "/hangfire", new DashboardOptions { DashboardTitle = "EU-DIEH background jobs", AppPath = "/" });
app.MapHubPages();
app.MapHubEndpointGroups();

await app.RunAsync();

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
