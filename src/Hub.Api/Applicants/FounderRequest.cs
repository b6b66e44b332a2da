using Hub.Api.Common.OpenApi;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Api.Applicants;

public sealed record FounderRequest(
    string FullName,
    [property: OpenApiEnum(typeof(Gender))] string Gender,
    int BirthYear,
    string Soum,
    string Phone,
    [property: OpenApiEnum(FixedList.LanguageCodes)] IReadOnlyList<string>? Languages);
