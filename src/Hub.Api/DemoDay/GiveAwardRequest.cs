namespace Hub.Api.DemoDay;

public sealed record GiveAwardRequest(string Category, Guid PitchId);
