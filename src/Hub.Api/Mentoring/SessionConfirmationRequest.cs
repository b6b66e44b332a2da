namespace Hub.Api.Mentoring;

public sealed record SessionConfirmationRequest(int Rating, string? Comment);
