using Hub.Api.Common.OpenApi;
using Hub.Domain.SeedCapital.Grants;

namespace Hub.Api.SeedCapital;

public sealed record TrancheStatusResponse(Guid GrantId, int Number, [property: OpenApiEnum(typeof(TrancheStatus))] string Status);
