using Npgsql;

namespace Hub.Api.Common.Hosting;

/// <summary>
/// What a production host must be given and must not inherit from development: each problem names its setting (as
/// configuration key; environment variables spell <c>:</c> as <c>__</c>). Secrets never live in the repository, so a
/// missing one is named here rather than defaulted.
/// </summary>
internal static class ProductionSettings
{
    /// <summary>The password of the development clusters that <c>./hub</c> creates: published, so never a real one.</summary>
    public const string LocalOnlyDatabasePassword = "hub-local-only";

    /// <summary>The admin password <c>./hub run</c> uses when none is given: published too.</summary>
    public const string DevelopmentAdminPassword = "Darkhan-keeper-2026";

    public const string DirectSetting = "Hub:Proxy:Direct";

    private static readonly TimeSpan LongestAccessToken = TimeSpan.FromHours(1);

    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        Database(configuration, problems);
        Admin(configuration, problems);
        Mail(configuration, problems);
        Origins(configuration, problems);
        Tokens(configuration, problems);
        Proxy(configuration, problems);
        return problems;
    }

    private static void Database(IConfiguration configuration, List<string> problems)
    {
        var connection = configuration.GetConnectionString(Infrastructure.DependencyInjection.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            problems.Add("ConnectionStrings:Hub is not set: the PostgreSQL connection string (Host=…;Database=…;Username=…;Password=… or Passfile=…).");
            return;
        }

        try
        {
            if (new NpgsqlConnectionStringBuilder(connection).Password == LocalOnlyDatabasePassword)
            {
                problems.Add($"ConnectionStrings:Hub uses the development password '{LocalOnlyDatabasePassword}': give the database role a password of its own.");
            }
        }
        catch (ArgumentException error)
        {
            problems.Add($"ConnectionStrings:Hub is not a valid connection string ({error.Message}).");
        }
    }

    private static void Admin(IConfiguration configuration, List<string> problems)
    {
        var email = configuration["HUB_ADMIN_EMAIL"];
        var password = configuration["HUB_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(email) != string.IsNullOrWhiteSpace(password))
        {
            problems.Add("HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD: set both (the first admin is created at start-up) or neither.");
        }
        else if (password == DevelopmentAdminPassword)
        {
            problems.Add("HUB_ADMIN_PASSWORD is the development default: choose another.");
        }
    }

    /// <summary>
    /// The mail transport's settings (<c>Hub:Mail</c>; the transport validates its own options on start as well): in
    /// Production e-mail leaves through SMTP, so the server and the sender must be named.
    /// </summary>
    private static void Mail(IConfiguration configuration, List<string> problems)
    {
        foreach (var key in new[] { "Hub:Mail:Smtp:Host", "Hub:Mail:FromAddress" })
        {
            if (string.IsNullOrWhiteSpace(configuration[key]))
            {
                problems.Add($"{key} is not set: e-mail is sent through SMTP in Production, and needs the server's host and the sender's address.");
            }
        }
    }

    private static void Origins(IConfiguration configuration, List<string> problems)
    {
        foreach (var origin in configuration.GetSection(Http.HubCors.AllowedOriginsSection).Get<string[]>() ?? [])
        {
            if (!Uri.TryCreate(origin?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.IsLoopback)
            {
                problems.Add($"{Http.HubCors.AllowedOriginsSection} holds '{origin}': in production every origin is https:// and not this machine.");
            }
        }
    }

    private static void Tokens(IConfiguration configuration, List<string> problems)
    {
        var key = $"{Security.HubAuthOptions.Section}:{nameof(Security.HubAuthOptions.AccessTokenLifetime)}";
        var value = configuration[key];
        if (value is null)
        {
            return;
        }

        if (!TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var lifetime) || lifetime < TimeSpan.FromMinutes(1) || lifetime > LongestAccessToken)
        {
            problems.Add($"{key} is '{value}': an access token lives between 00:01:00 and 01:00:00 (a stolen one works that long).");
        }
    }

    private static void Proxy(IConfiguration configuration, List<string> problems)
    {
        var proxies = configuration.GetSection(HubApiServiceCollectionExtensions.TrustedProxiesSection).Get<string[]>() ?? [];
        if (proxies.Length == 0 && !configuration.GetValue<bool>(DirectSetting))
        {
            problems.Add($"{HubApiServiceCollectionExtensions.TrustedProxiesSection} is empty: name the reverse proxy's address (127.0.0.1 for nginx on this "
                + $"machine) so clients' addresses are known, or set {DirectSetting}=true when clients reach the app without one.");
        }
    }
}
