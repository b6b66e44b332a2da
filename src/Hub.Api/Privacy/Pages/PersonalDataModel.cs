using System.Text.Json;
using Hub.Api.Common.Web;
using Hub.Application.Privacy.Queries.ExportMyPersonalData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Hub.Api.Privacy.Pages;

/// <summary>The signed-in person's own data as a JSON file to save: the document GET /api/v1/me/personal-data answers.</summary>
[Authorize]
public sealed class PersonalDataModel : HubPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var data = await Sender.Send(new ExportMyPersonalDataQuery(), Aborted);
        var json = HttpContext.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        return File(JsonSerializer.SerializeToUtf8Bytes(data, json), "application/json", $"personal-data-{data.UserId}-{data.ExportedAt:yyyy-MM-dd}.json");
    }
}
