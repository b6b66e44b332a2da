namespace Hub.Infrastructure.Common.DemoData;

/// <summary>The demo's sign-ins, printed by <c>./hub run</c> and the README. Never used outside demo data.</summary>
internal static class DemoAccounts
{
    public const string Password = "demo-pass-2026";
    public const string ManagerEmail = "manager@demo.eu-dieh.example.org";

    public static string FounderEmail(int number) => $"founder{number:00}@demo.eu-dieh.example.org";
}
