using Bogus;

namespace Hub.Infrastructure.Common.DemoData;

/// <summary>The demo's people, generated from a fixed seed; printed by <c>./hub run</c> and the README.</summary>
internal static class DemoAccounts
{
    public const string Password = "demo-pass-2026";
    public const string ManagerEmail = "manager@demo.eu-dieh.example.org";
    public const string ManagerName = "Оюунчимэг Батсүх";
    public const int FounderCount = 60;

    public static readonly IReadOnlyList<DemoFounder> Founders = GenerateFounders();

    private static List<DemoFounder> GenerateFounders()
    {
        var faker = new Faker { Random = new Randomizer(2023) };
        return Enumerable.Range(1, FounderCount).Select(number =>
        {
            var isMale = faker.Random.Bool(0.45f);
            var given = faker.PickRandom(isMale ? MongolianNames.MaleGivenNames : MongolianNames.FemaleGivenNames);
            return new DemoFounder(number, $"founder{number:00}@demo.eu-dieh.example.org", $"{faker.PickRandom(MongolianNames.Patronymics)} {given}", isMale);
        }).ToList();
    }
}
