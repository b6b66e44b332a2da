namespace Hub.Infrastructure.Common.DemoData;

/// <summary>A demo staff account (trainer, judge or evaluator), with the demo password.</summary>
internal sealed record DemoStaffMember(string Email, string FullName, string Role);
