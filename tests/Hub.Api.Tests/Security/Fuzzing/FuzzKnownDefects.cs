namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// Known defects, each with the request that shows it. The in-suite sample leaves out the cases they cover (so it
/// stays green while the fix is pending); the on-demand run still sends them and labels their violations. Remove an
/// entry with its fix: the sample then covers those requests again.
/// </summary>
public static class FuzzKnownDefects
{
    public static readonly IReadOnlyList<FuzzKnownDefect> All =
    [
        // KNOWN DEFECT (transport, not in src): GET /api/v1/applications/%00 over real HTTP answers Kestrel's own 400 with
        // an empty body, no problem details and none of the security headers: Kestrel refuses a NUL in the decoded path
        // before any middleware runs. The in-process test server refuses it before the app too (it throws
        // InvalidOperationException "The path contains null characters." to the client). Fixing it means a front
        // server (the TLS proxy) that answers such requests, or accepting this one bare 400.
        new(
            "kestrel-nul-in-path",
            "A %00 in the path is refused by the server before the app runs: Kestrel's bare 400 (no problem details, no security headers).",
            InProcess: true,
            c => c.Url.Split('?')[0].Contains("%00", StringComparison.Ordinal)),
    ];

    /// <summary>The known defect covering this case, or null.</summary>
    public static FuzzKnownDefect? Covering(FuzzCase fuzzCase, bool inProcess) =>
        All.FirstOrDefault(d => (d.InProcess || !inProcess) && d.Covers(fuzzCase));
}
