using System.Diagnostics;

namespace Hub.Api.Tests.Operations;

/// <summary>Runs the repository's <c>./hub</c> script, as an operator would, against the database of a connection string.</summary>
internal static class HubScript
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "hub"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Hub"] = connectionString;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "hub")) && File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's ./hub script was not found above the test binaries.");
    }
}
