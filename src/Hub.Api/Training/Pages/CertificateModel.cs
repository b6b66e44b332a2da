using Hub.Api.Common.Web;
using Hub.Application.Training.Queries.VerifyCertificate;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Training.Pages;

/// <summary>Anyone (a bank, an employer) checks a certificate by its code, without signing in: the page of GET /api/v1/certificates/{code}.</summary>
public sealed class CertificateModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public TrainingCertificateVerificationDto? Certificate { get; private set; }

    public async Task OnGetAsync()
    {
        Certificate = await TryGetAsync(new VerifyCertificateQuery(Code));
        if (Certificate is null)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, TrainingText.UnknownCertificate.ToString());
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
