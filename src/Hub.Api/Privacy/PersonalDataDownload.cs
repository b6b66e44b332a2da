using Hub.Application.Privacy.Queries.ExportPersonalData;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Privacy;

/// <summary>The export as a JSON file to save, named after the person and the day.</summary>
internal static class PersonalDataDownload
{
    public static Ok<PrivacyPersonalDataDto> Of(PrivacyPersonalDataDto data, HttpResponse response)
    {
        response.Headers.ContentDisposition = $"attachment; filename=\"personal-data-{data.UserId}-{data.ExportedAt:yyyy-MM-dd}.json\"";
        return TypedResults.Ok(data);
    }
}
