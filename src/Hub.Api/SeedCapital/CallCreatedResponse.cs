using Hub.Api.Common.OpenApi;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Api.SeedCapital;

public sealed record CallCreatedResponse(Guid Id, [property: OpenApiEnum(typeof(CallStatus))] string Status);
