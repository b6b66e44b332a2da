using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hub.Baseline;
using Npgsql;

// The physical limit of a page read on this machine: no authentication, no mediator, no EF Core. The same rows,
// columns, order and JSON shape as the hub's list endpoints (applications, intakes and each module's list as a manager
// reads it), from raw Npgsql.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(
    builder.Configuration.GetConnectionString("Hub") ?? throw new InvalidOperationException("Set ConnectionStrings__Hub.")));

var app = builder.Build();
app.MapGet("/api/v1/applications", BaselinePages.ApplicationsAsync);
app.MapGet("/api/v1/intakes", BaselinePages.IntakesAsync);
app.MapGet("/api/v1/training/modules", BaselineModulePages.TrainingModulesAsync);
app.MapGet("/api/v1/training/sessions", BaselineModulePages.TrainingSessionsAsync);
app.MapGet("/api/v1/calls", BaselineModulePages.CallsAsync);
app.MapGet("/api/v1/grants", BaselineModulePages.GrantsAsync);
app.MapGet("/api/v1/demo-days", BaselineModulePages.DemoDaysAsync);
app.MapGet("/api/v1/mentors", BaselineModulePages.MentorsAsync);
app.MapGet("/api/v1/mentorships", BaselineModulePages.MentorshipsAsync);
app.MapGet("/api/v1/webhooks", BaselineModulePages.WebhooksAsync);
app.MapGet("/api/v1/partner-keys", BaselineModulePages.PartnerKeysAsync);
app.MapGet("/api/v1/auth/me", BaselinePerson.FindAsync);
app.MapGet("/health", () => "ok");
await app.RunAsync();
