namespace Hub.Infrastructure.Common.DemoData;

/// <summary>One of the demo's founders: the account (Identity's seeder) and the application (Applicants') agree on who they are.</summary>
internal sealed record DemoFounder(int Number, string Email, string FullName, bool IsMale);
