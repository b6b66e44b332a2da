using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Benchmarks.Faults;

/// <summary>
/// Before the fault: an admin schedules an open intake, then N founders register, sign in and draft one application
/// each. Submitting them is left to <see cref="SubmissionLoad"/>, so the load is nothing but submissions.
/// </summary>
public static class FaultPreparation
{
    private const string Password = "fault-run-pass-2026";
    private const int Parallelism = 4; // password hashing is the cost here; the machine has 2 cores

    public static async Task<int> RunAsync(FaultOptions options)
    {
        var url = options.Text("url");
        var founders = (int)options.Number("founders", 500);
        var run = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var watch = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };

        var admin = await SignInAsync(
            http,
            Environment.GetEnvironmentVariable("HUB_ADMIN_EMAIL") ?? "admin@eu-dieh.example.org",
            Environment.GetEnvironmentVariable("HUB_ADMIN_PASSWORD") ?? "admin-pass-2026");
        var intake = await PostAsync(http, admin, "/api/v1/intakes", new
        {
            name = $"Fault run {run}",
            opensAt = DateTimeOffset.UtcNow.AddDays(-1),
            closesAt = DateTimeOffset.UtcNow.AddDays(30),
            capacity = 10_000,
        });
        var intakeId = intake.GetProperty("id").GetGuid();

        var submissions = new PreparedSubmission[founders];
        await Parallel.ForEachAsync(Enumerable.Range(0, founders), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            var email = $"founder-{run}-{i:D4}@faults.example.org";
            var founder = await PostAsync(http, null, "/api/v1/auth/register", new { email, password = Password, fullName = $"Fault Founder {i:D4}" });
            var token = await SignInAsync(http, email, Password);
            var draft = await PostAsync(http, token, "/api/v1/applications", ApplicationBody(intakeId, i));
            submissions[i] = new PreparedSubmission(draft.GetProperty("id").GetGuid(), founder.GetProperty("id").GetGuid(), token);
        });

        await FaultRun.WriteAsync(options.Text("state"), new FaultRun(url, DateTimeOffset.UtcNow, intakeId, submissions));
        Console.WriteLine($"prepared {founders} founders with a draft each in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static object ApplicationBody(Guid intakeId, int i) => new
    {
        intakeId,
        ventureName = $"Дархан Сүү хоршоо {i:D4}",
        sector = "Agriculture",
        description = "A dairy cooperative pooling milk from herders around Darkhan with a shared cold chain.",
        founder = new
        {
            fullName = "Батбаярын Энхжаргал",
            gender = "Female",
            birthYear = 1994,
            soum = "Шарын гол",
            phone = "+97699112233",
            languages = new[] { "mn", "en" },
        },
        teamMembers = Array.Empty<object>(),
    };

    private static async Task<string> SignInAsync(HttpClient http, string email, string password) =>
        (await PostAsync(http, null, "/api/v1/auth/login", new { email, password })).GetProperty("accessToken").GetString()!;

    private static async Task<JsonElement> PostAsync(HttpClient http, string? token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
