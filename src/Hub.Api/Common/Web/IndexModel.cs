namespace Hub.Api.Common.Web;

/// <summary>The home page: what this is, and for a signed-in person what they can do next by their roles.</summary>
public sealed class IndexModel : HubPageModel
{
    public void OnGet()
    {
    }
}
