using Hub.Api.Common.OpenApi;
using Hub.Domain.Applicants.Intakes;

namespace Hub.Api.Applicants;

public sealed record IntakeCreatedResponse(Guid Id, [property: OpenApiEnum(typeof(IntakeStatus))] string Status);
