namespace Hub.Api.Common.Web;

/// <summary>The one-time message a page shows after a form it handled redirected to it.</summary>
public static class Flash
{
    public const string Key = "flash";
}
