namespace Hub.Api.Common.RateLimits;

/// <summary>
/// <c>Hub:RateLimits</c> (ADR 0024): requests to <c>/api</c> per fixed window, per partner key, per signed-in person and,
/// for anonymous callers, per client address. Counted on each app instance.
/// </summary>
internal sealed class HubRateLimitOptions
{
    public const string Section = "Hub:RateLimits";

    /// <summary>False turns the per-caller limits off (the sign-in limits of ADR 0015 stay).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A partner syncing every few seconds, paging through lists: 20 requests a second on average.</summary>
    public int PermitsPerPartnerKey { get; set; } = 1200;

    /// <summary>A manager paging quickly through lists, a browser loading a page's calls at once.</summary>
    public int PermitsPerUser { get; set; } = 600;

    public int PermitsPerAnonymousAddress { get; set; } = 300;

    /// <summary>Budgets by partner key id (or account id) that differ from the defaults: <c>"Overrides": { "&lt;key id&gt;": 6000 }</c>.</summary>
    public Dictionary<string, int> Overrides { get; set; } = [];

    public int PermitsFor(Guid? callerId, bool partner)
    {
        if (callerId is { } id)
        {
            foreach (var (key, permits) in Overrides)
            {
                if (Guid.TryParse(key, out var overridden) && overridden == id)
                {
                    return permits;
                }
            }
        }

        return callerId is null ? PermitsPerAnonymousAddress : partner ? PermitsPerPartnerKey : PermitsPerUser;
    }

    public void Validate()
    {
        if (Window <= TimeSpan.Zero || PermitsPerPartnerKey < 1 || PermitsPerUser < 1 || PermitsPerAnonymousAddress < 1 || Overrides.Values.Any(p => p < 1))
        {
            throw new InvalidOperationException($"{Section}: the window and every number of permits must be positive.");
        }

        if (Overrides.Keys.FirstOrDefault(k => !Guid.TryParse(k, out _)) is { } bad)
        {
            throw new InvalidOperationException($"{Section}:Overrides names '{bad}', which is not a partner key or account id.");
        }
    }
}
