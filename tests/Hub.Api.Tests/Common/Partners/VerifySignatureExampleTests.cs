using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Api.Tests.Common.Partners;

/// <summary>
/// The runnable examples of docs/partners.md accept a signature computed as the hub computes it
/// (<c>sha256=</c> + lower-case hex HMAC-SHA256 of the exact body bytes) and refuse a tampered body or another secret,
/// so the guide cannot drift from the hub.
/// </summary>
public sealed class VerifySignatureExampleTests
{
    private const string Secret = "whsec_3q8ZpX0c7Vw9tLm2NsR8";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"id":"0193a5c0-1b2c-7d3e-8f40-5a6b7c8d9e01","type":"application.submitted","occurredAt":"2026-03-09T03:12:00Z","data":{"ventureName":"Дархан Сүү хоршоо"}}""");

    public static TheoryData<string, string> Examples => new()
    {
        { "bash", "verify-signature.sh" },
        { "python3", "verify_signature.py" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_example_accepts_the_hubs_signature_and_refuses_a_tampered_body_or_another_secret(string interpreter, string script)
    {
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body));
        var body = Path.GetTempFileName();
        var tampered = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(body, Body);
            await File.WriteAllBytesAsync(tampered, [.. Body.Take(Body.Length - 2), (byte)' ', (byte)'}']);

            Assert.Equal(0, await RunAsync(interpreter, script, Secret, signature, body));
            Assert.Equal(1, await RunAsync(interpreter, script, Secret, signature, tampered));
            Assert.Equal(1, await RunAsync(interpreter, script, Secret + "x", signature, body));
        }
        finally
        {
            File.Delete(body);
            File.Delete(tampered);
        }
    }

    private static async Task<int> RunAsync(string interpreter, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(interpreter) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "docs", "partners", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
