namespace Hub.Api.Applicants;

/// <summary>A member of the venture's team besides the founder; the role is free text (CTO, accountant…).</summary>
public sealed record TeamMemberRequest(string FullName, string Role);
