namespace Hub.Api.DemoDay;

public sealed record DemoDayCreatedResponse(Guid Id);
