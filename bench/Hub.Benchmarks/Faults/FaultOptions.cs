using System.Globalization;
using Hub.Infrastructure;
using Npgsql;

namespace Hub.Benchmarks.Faults;

/// <summary>The <c>--name value</c> options of a fault command.</summary>
public sealed class FaultOptions
{
    private readonly Dictionary<string, string> _values;

    private FaultOptions(Dictionary<string, string> values) => _values = values;

    public static FaultOptions Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "true";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
        }

        return new FaultOptions(values);
    }

    public string Text(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"--{name} is required.");

    public string? TextOrNull(string name) => _values.GetValueOrDefault(name);

    public double Number(string name, double fallback) =>
        _values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable($"ConnectionStrings__{DependencyInjection.ConnectionStringName}")
        ?? throw new KeyNotFoundException($"Set ConnectionStrings__{DependencyInjection.ConnectionStringName}.");

    public static async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static DateTimeOffset FromEpoch(string seconds) =>
        DateTimeOffset.UnixEpoch.AddSeconds(double.Parse(seconds, CultureInfo.InvariantCulture));
}
