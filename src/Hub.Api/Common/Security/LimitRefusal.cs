using System.Globalization;

namespace Hub.Api.Common.Security;

/// <summary>A request refused by a limit: how long until it would not be, and what to tell the client.</summary>
internal sealed record LimitRefusal(TimeSpan RetryAfter, string Detail)
{
    /// <summary>Whole seconds, rounded up, at least 1: the value of a <c>Retry-After</c> header.</summary>
    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public IResult ToResult() => new TooManyAttemptsResult(Seconds(RetryAfter), Detail);
}
