using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hub.Baseline;
using Npgsql;

// The physical limit of a page read on this machine: no authentication, no mediator, no EF Core. The same rows,
// columns, order and JSON shape as the hub's GET /api/v1/applications and /api/v1/intakes, from raw Npgsql.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(
    builder.Configuration.GetConnectionString("Hub") ?? throw new InvalidOperationException("Set ConnectionStrings__Hub.")));

var app = builder.Build();
app.MapGet("/api/v1/applications", BaselinePages.ApplicationsAsync);
app.MapGet("/api/v1/intakes", BaselinePages.IntakesAsync);
app.MapGet("/health", () => "ok");
await app.RunAsync();
