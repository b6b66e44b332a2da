namespace Hub.Api.Applicants.Pages;

/// <summary>The application form: the fields of DraftApplicationCommand, named alike so its validation errors land beside them.</summary>
public sealed class ApplicationInput
{
    public string VentureName { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    public string Gender { get; set; } = string.Empty;

    public int? BirthYear { get; set; }

    public string Soum { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    public List<string> Languages { get; set; } = ["mn"];
}
