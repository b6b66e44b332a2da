namespace Hub.Api.Privacy;

public sealed record ErasureAcceptedResponse(Guid Id);
