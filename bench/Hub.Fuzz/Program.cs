using System.Globalization;
using System.Net;
using Hub.Api.Tests.Security.Fuzzing;

// The OpenAPI fuzzer at length, against an app that is already running (./hub run) over real HTTP, on this machine only:
//   dotnet run -c Release --project bench/Hub.Fuzz -- [--url http://127.0.0.1:5080] [--seed 1] [--count 10000] [--concurrency 4]
//                                                     [--admin-email …] [--admin-password …]
// It prints the totals by status, operation and mutation and every violation; it exits 1 when one is not of a known
// defect (Security/Fuzzing/FuzzKnownDefects.cs), whose violations are counted apart.
// Start the app with the per-caller limits off (Hub__RateLimits__Enabled=false ./hub run), or most requests answer 429.
// It changes the data it reaches (accounts, intakes, applications, partner keys): aim it at a development database.
var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--url"] = $"http://127.0.0.1:{Environment.GetEnvironmentVariable("HUB_PORT") ?? "5080"}",
    ["--seed"] = "1",
    ["--count"] = "10000",
    ["--concurrency"] = "4",
    ["--admin-email"] = Environment.GetEnvironmentVariable("HUB_ADMIN_EMAIL") ?? "admin@eu-dieh.example.org",
    ["--admin-password"] = Environment.GetEnvironmentVariable("HUB_ADMIN_PASSWORD") ?? "admin-pass-2026",
};
for (var i = 0; i < args.Length; i += 2)
{
    if (!options.ContainsKey(args[i]) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"Usage: Hub.Fuzz {string.Join(' ', options.Keys.Select(k => $"[{k} …]"))}");
        return 2;
    }

    options[args[i]] = args[i + 1];
}

if (!Uri.TryCreate(options["--url"], UriKind.Absolute, out var baseUrl)
    || !(baseUrl.IsLoopback || (IPAddress.TryParse(baseUrl.Host, out var address) && IPAddress.IsLoopback(address))))
{
    Console.Error.WriteLine($"--url must be an address on this machine (127.0.0.1 or localhost), not '{options["--url"]}'.");
    return 2;
}

var seed = int.Parse(options["--seed"], CultureInfo.InvariantCulture);
var count = int.Parse(options["--count"], CultureInfo.InvariantCulture);
var concurrency = int.Parse(options["--concurrency"], CultureInfo.InvariantCulture);

using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = Math.Max(1, concurrency) };
HttpClient NewClient() => new(handler, disposeHandler: false) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

using var anonymous = NewClient();
var api = ApiDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
var ids = new FuzzIds();
using var callers = await FuzzCallers.SignInAsync(api, ids, NewClient, options["--admin-email"], options["--admin-password"]);
await ids.HarvestAsync(api, [callers["Admin"], callers[FuzzGenerator.Partner]]);
Console.WriteLine($"Fuzzing {api.Operations.Count} operations of {baseUrl} with seed {seed}: {count} requests, {concurrency} at a time, {ids.Count} known ids.");

var report = await FuzzRunner.RunAsync(
    new FuzzGenerator(api, ids, seed),
    callers,
    ids,
    count,
    leaveOutKnownDefects: false,
    inProcess: false,
    concurrency,
    sent => Console.WriteLine($"  … {sent} requests"));
Console.WriteLine(report.Summary());
return report.NewViolations.Count == 0 ? 0 : 1;
