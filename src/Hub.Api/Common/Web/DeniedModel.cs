namespace Hub.Api.Common.Web;

/// <summary>Where a signed-in person is sent when a page is not theirs to see.</summary>
public sealed class DeniedModel : HubPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
