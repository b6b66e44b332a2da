namespace Hub.Api.Identity.Pages;

/// <summary>The issue-a-key form: blank fields stay null so the command's validator names them beside their field.</summary>
public sealed class PartnerKeyInput
{
    public string? Name { get; set; }

    public List<string> Scopes { get; set; } = [];
}
